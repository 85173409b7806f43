import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InvitationAnswer } from "@/components/auth/invitation-answer";
import { SignUpForm } from "@/components/auth/signup-form";
import { buttonClass } from "@/components/ui/button-class";
import { Notice } from "@/components/ui/page";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getInvitationByToken } from "@/lib/invitations/service";
import { acceptInvitationAction, declineInvitationAction, signUpFromInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tRoles, format] = await Promise.all([getTranslations("invitations"), getTranslations("common.roles"), getFormatter()]);
  const [invitation, user] = await Promise.all([getInvitationByToken(token), getCurrentUser()]);
  const path = `/invitations/${token}`;

  const frame = (body: React.ReactNode) => (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
      {body}
    </div>
  );

  if (!invitation) return frame(<Notice tone="warning">{t("invalid")}</Notice>);
  const values = { organisation: invitation.organisation.name, role: tRoles(invitation.role), inviter: invitation.inviterName ?? "—" };

  if (invitation.state === "accepted") {
    const mine = user && user.id === invitation.acceptedById;
    return frame(
      <>
        <Notice>{mine ? t("alreadyAcceptedByYou", values) : t("alreadyAccepted")}</Notice>
        {mine ? <Link className={buttonClass()} href={`/orgs/${invitation.organisation.slug}`}>{t("open", values)}</Link> : null}
      </>,
    );
  }
  if (invitation.state !== "valid") return frame(<Notice tone="warning">{t(`state.${invitation.state}`, values)}</Notice>);

  const summary = (
    <>
      <p className="text-slate-800">{t("summary", values)}</p>
      <p className="text-sm text-slate-600">
        {t("sentTo", { email: invitation.email })} · {t("expires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "long", timeStyle: "short" }) })}
      </p>
    </>
  );

  if (user && user.email !== invitation.email) {
    return frame(
      <>
        {summary}
        <Notice tone="warning">{t("wrongAccount", { email: user.email, invited: invitation.email })}</Notice>
        <Link className={buttonClass("secondary")} href="/logout">
          {t("switchAccount")}
        </Link>
      </>,
    );
  }
  if (user) {
    return frame(
      <>
        {summary}
        <InvitationAnswer accept={acceptInvitationAction.bind(null, token)} decline={declineInvitationAction.bind(null, token)} />
      </>,
    );
  }
  if (invitation.accountExists) {
    return frame(
      <>
        {summary}
        <p className="text-slate-800">{t("signInToAccept", { email: invitation.email })}</p>
        <Link className={buttonClass()} href={`/login?callbackUrl=${encodeURIComponent(path)}&email=${encodeURIComponent(invitation.email)}`}>
          {t("signInButton")}
        </Link>
      </>,
    );
  }
  return frame(
    <>
      {summary}
      <p className="text-slate-800">{t("createAccountToAccept")}</p>
      <SignUpForm action={signUpFromInvitationAction.bind(null, token)} callbackPath="/orgs" invitedEmail={invitation.email} />
    </>,
  );
}
