import "server-only";
import { createTranslator } from "next-intl";
import { actionEmail } from "@/lib/email/layout";
import type { EmailMessage } from "@/lib/email/service";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { Role } from "@/lib/policy";

export async function invitationEmail(
  locale: Locale,
  details: { to: string; organisationName: string; inviterName: string; role: Role; url: string; expiresAt: Date },
): Promise<EmailMessage> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "email" });
  const tRoles = createTranslator({ locale, messages, namespace: "common.roles" });
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(details.expiresAt);
  const values = {
    organisation: details.organisationName,
    inviter: details.inviterName,
    role: tRoles(details.role),
    expires: `${expires} UTC`,
  };
  return actionEmail({
    to: details.to,
    subject: t("invitation.subject", values),
    before: [t("invitation.intro", values)],
    action: { label: t("invitation.action"), url: details.url, textLine: t("actionLine", { label: t("invitation.action"), url: details.url }) },
    after: [t("invitation.expiry", values)],
    footnote: t("invitation.ignore"),
  });
}
