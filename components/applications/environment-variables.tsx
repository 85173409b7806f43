"use client";

import { useFormatter, useTranslations } from "next-intl";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/form";
import { DataTable, EmptyState } from "@/components/ui/page";
import type { FormState } from "@/lib/form-action";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type EnvironmentVariableRow = { key: string; value: string; updatedAt: Date };

/** The variables of one application, with add/replace and remove for roles that operate it. */
export function EnvironmentVariables({
  applicationId,
  applicationName,
  variables,
  set,
  remove,
}: {
  applicationId: string;
  applicationName: string;
  variables: EnvironmentVariableRow[];
  set: Action;
  remove: Action;
}) {
  const t = useTranslations("applications.env");
  const format = useFormatter();
  return (
    <div className="space-y-4">
      {variables.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("caption", { application: applicationName })}
          columns={[t("key"), t("value"), t("updated"), { label: t("actions"), srOnly: true }]}
        >
          {variables.map((variable) => (
            <tr key={variable.key}>
              <th scope="row" className="px-4 py-2 text-left font-mono text-xs font-semibold">{variable.key}</th>
              <td className="max-w-md px-4 py-2">
                <code className="block truncate font-mono text-xs" title={variable.value}>{variable.value}</code>
              </td>
              <td className="whitespace-nowrap px-4 py-2">
                <time dateTime={variable.updatedAt.toISOString()}>{format.dateTime(variable.updatedAt, { dateStyle: "medium" })}</time>
              </td>
              <td className="px-4 py-2 text-right">
                <ActionForm action={remove} announceSuccess aria-label={t("removeLabel", { key: variable.key })}>
                  <HiddenField name="applicationId" value={applicationId} />
                  <HiddenField name="key" value={variable.key} />
                  <SubmitButton variant="ghost" size="sm" pendingLabel={t("removing")}>
                    {t("remove")}
                    <span className="sr-only"> {variable.key}</span>
                  </SubmitButton>
                </ActionForm>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <ActionForm action={set} aria-label={t("addTitle")}>
        <HiddenField name="applicationId" value={applicationId} />
        <div className="grid gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto] md:items-start">
          <TextField name="key" label={t("key")} hint={t("keyHint")} placeholder="DATABASE_URL" autoComplete="off" required />
          <TextField name="value" label={t("value")} hint={t("valueHint")} autoComplete="off" />
          <div className="md:pt-6">
            <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
          </div>
        </div>
      </ActionForm>
    </div>
  );
}
