"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Avatar } from "@/components/members/avatar";
import { ConfirmDisclosure } from "@/components/ui/confirm-disclosure";
import { ActionForm, HiddenField, SelectField, SubmitButton } from "@/components/ui/form";
import { Badge } from "@/components/ui/page";
import type { FormState } from "@/lib/form-action";
import type { Role } from "@/lib/policy";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type MemberRow = {
  membershipId: string;
  name: string;
  email: string;
  role: Role;
  jobTitle: string | null;
  twoFactorEnabled: boolean;
  self: boolean;
  roleChoices: Role[];
  removable: boolean;
  /** The organisation's only Admin, whom nobody can demote or remove: said before anyone tries. */
  lastAdmin: boolean;
};

/** Case and accents aside: "lefevre" finds "Dana Lefèvre". */
function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

export function MemberList({ members, changeRole, remove }: { members: MemberRow[]; changeRole: Action; remove: Action }) {
  const t = useTranslations("members");
  const tRoles = useTranslations("common.roles");
  const [query, setQuery] = useState("");
  const filterId = useId();
  const needle = foldForSearch(query.trim());
  const shown = needle
    ? members.filter((member) => foldForSearch(member.name).includes(needle) || foldForSearch(member.email).includes(needle))
    : members;
  return (
    <div>
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <p className="text-sm text-slate-700" aria-live="polite">
          {needle ? t("shownCount", { shown: shown.length, total: members.length }) : t("count", { count: members.length })}
        </p>
        <div>
          <label htmlFor={filterId} className="sr-only">
            {t("filterLabel")}
          </label>
          <input
            id={filterId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t("filterLabel")}
            className="w-64 rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-600/60"
          />
        </div>
      </div>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label={t("listLabel")}>
        {shown.map((member) => (
          <li key={member.membershipId} className="flex flex-wrap items-center gap-4 px-4 py-3" data-testid={`member-${member.email}`}>
            <Avatar name={member.name} email={member.email} />
            <div className="min-w-48 flex-1 [overflow-wrap:anywhere]">
              <p className="font-medium text-slate-900">
                {member.name} {member.self ? <span className="text-sm font-normal text-slate-600">({t("you")})</span> : null}
              </p>
              <p className="text-sm text-slate-600">{member.email}</p>
              {member.jobTitle ? <p className="text-xs text-slate-600">{member.jobTitle}</p> : null}
            </div>
            <Badge tone={member.twoFactorEnabled ? "success" : "warning"}>{member.twoFactorEnabled ? t("twoFactorOn") : t("twoFactorOff")}</Badge>
            {member.roleChoices.length > 1 ? (
              <ActionForm action={changeRole} className="flex flex-wrap items-end gap-2" aria-label={t("changeRoleOf", { name: member.name })}>
                <HiddenField name="membershipId" value={member.membershipId} />
                <SelectField
                  name="role"
                  label={t("roleOf", { name: member.name })}
                  hideLabel
                  defaultValue={member.role}
                  options={member.roleChoices.map((role) => ({ value: role, label: tRoles(role) }))}
                />
                <SubmitButton variant="secondary" size="sm" pendingLabel={t("saving")}>
                  {t("saveRole")}
                </SubmitButton>
              </ActionForm>
            ) : (
              <Badge tone="info">{tRoles(member.role)}</Badge>
            )}
            {member.removable && !member.self ? (
              <ConfirmDisclosure
                summary={t("remove")}
                summaryLabel={t("removeLabel", { name: member.name })}
                confirmation={t("removeConfirm", { name: member.name })}
                action={remove}
                field={{ name: "membershipId", value: member.membershipId }}
                submitLabel={t("removeButton")}
                pendingLabel={t("removing")}
              />
            ) : null}
            {member.lastAdmin ? <p className="basis-full text-xs text-slate-600">{t("lastAdminNotice")}</p> : null}
          </li>
        ))}
      </ul>
      {needle && shown.length === 0 ? <p className="mt-3 text-sm text-slate-700">{t("noMatch", { query: query.trim() })}</p> : null}
    </div>
  );
}
