import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvitationList } from "@/components/members/invitation-list";
import { InviteForm } from "@/components/members/invite-form";
import { LeaveOrganisation } from "@/components/members/leave-organisation";
import { MemberList, type MemberRow } from "@/components/members/member-list";
import { Card, Notice, PageHeader } from "@/components/ui/page";
import { requireUser } from "@/lib/auth/current-user";
import { listMembers } from "@/lib/members/service";
import { loadPage } from "@/lib/page-guard";
import {
  changeRoleAction,
  inviteMemberAction,
  leaveOrganisationAction,
  removeMemberAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser();
  const data = await loadPage(() => listMembers(user.id, slug));
  const t = await getTranslations("members");
  const members: MemberRow[] = data.members.map((member) => ({
    membershipId: member.id,
    name: member.user.name,
    email: member.user.email,
    role: member.role,
    jobTitle: member.jobTitle,
    twoFactorEnabled: member.user.twoFactorEnabled,
    self: member.self,
    roleChoices: data.canManage ? member.roleChoices : [member.role],
    removable: data.canManage && member.removal.allowed,
    lastAdmin: data.canManage && !member.demotion.allowed && member.demotion.reason === "LAST_ADMIN",
  }));
  const invitations = data.invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    jobTitle: invitation.jobTitle,
    expiresAt: invitation.expiresAt,
    expired: invitation.expired,
    invitedBy: invitation.invitedBy?.name ?? null,
    manageable: data.canManage && invitation.manageable,
  }));
  const leave = data.leave.allowed ? (
    <LeaveOrganisation action={leaveOrganisationAction.bind(null, slug)} organisationName={data.organisation.name} />
  ) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { organisation: data.organisation.name })} actions={leave} />
      <div className="space-y-6">
        {data.organisation.personal ? <Notice>{t("personalSpace")}</Notice> : null}
        {!data.leave.allowed && data.leave.reason === "LAST_ADMIN" ? <Notice tone="warning">{t("lastAdminCannotLeave")}</Notice> : null}
        {data.canManage ? (
          <Card title={t("invite.title")}>
            {data.role !== "ADMIN" ? <p className="mb-3 text-sm text-slate-700">{t("onlyAdminsManageAdmins")}</p> : null}
            <InviteForm action={inviteMemberAction.bind(null, slug)} roles={data.assignableRoles} />
          </Card>
        ) : null}
        <section aria-labelledby="members-heading">
          <h2 id="members-heading" className="mb-3 text-lg font-semibold text-slate-900">
            {t("membersHeading")}
          </h2>
          <MemberList members={members} changeRole={changeRoleAction.bind(null, slug)} remove={removeMemberAction.bind(null, slug)} />
        </section>
        {data.organisation.personal ? null : (
          <section aria-labelledby="invitations-heading">
            <h2 id="invitations-heading" className="mb-3 text-lg font-semibold text-slate-900">
              {t("invitations.title")}
            </h2>
            <InvitationList invitations={invitations} resend={resendInvitationAction.bind(null, slug)} revoke={revokeInvitationAction.bind(null, slug)} />
          </section>
        )}
      </div>
    </>
  );
}
