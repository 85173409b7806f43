"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/form";
import { Badge, DataTable, EmptyState } from "@/components/ui/page";
import type { FormState } from "@/lib/form-action";
import type { Role } from "@/lib/policy";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type InvitationRow = {
  id: string;
  email: string;
  role: Role;
  jobTitle: string | null;
  expiresAt: Date;
  expired: boolean;
  invitedBy: string | null;
  manageable: boolean;
};

export function InvitationList({ invitations, resend, revoke }: { invitations: InvitationRow[]; resend: Action; revoke: Action }) {
  const t = useTranslations("members.invitations");
  const tRoles = useTranslations("common.roles");
  const format = useFormatter();
  if (invitations.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  return (
    <DataTable
      caption={t("title")}
      columns={[t("email"), t("role"), t("invitedBy"), t("expires"), { label: t("actions"), srOnly: true }]}
    >
      {invitations.map((invitation) => (
        <tr key={invitation.id} data-testid={`invitation-${invitation.email}`}>
          <td className="px-4 py-2">
            {invitation.email}
            {invitation.jobTitle ? <span className="block text-xs text-slate-600">{invitation.jobTitle}</span> : null}
          </td>
          <td className="px-4 py-2">{tRoles(invitation.role)}</td>
          <td className="px-4 py-2">{invitation.invitedBy ?? "—"}</td>
          <td className="px-4 py-2">
            {invitation.expired ? (
              <Badge tone="danger">{t("expired")}</Badge>
            ) : (
              <time dateTime={invitation.expiresAt.toISOString()}>{format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" })}</time>
            )}
          </td>
          <td className="px-4 py-2">
            {invitation.manageable ? (
              <div className="flex justify-end gap-2">
                <ActionForm action={resend}>
                  <HiddenField name="invitationId" value={invitation.id} />
                  <SubmitButton variant="secondary" size="sm" pendingLabel={t("resending")}>
                    <span aria-hidden="true">{t("resend")}</span>
                    <span className="sr-only">{t("resendTo", { email: invitation.email })}</span>
                  </SubmitButton>
                </ActionForm>
                <ActionForm action={revoke} announceSuccess>
                  <HiddenField name="invitationId" value={invitation.id} />
                  <SubmitButton variant="ghost" size="sm" pendingLabel={t("revoking")}>
                    <span aria-hidden="true">{t("revoke")}</span>
                    <span className="sr-only">{t("revokeFor", { email: invitation.email })}</span>
                  </SubmitButton>
                </ActionForm>
              </div>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
