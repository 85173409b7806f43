"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { FormStateContext } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Creates a token and shows its secret once, right here: it is never shown again. */
export function CreateTokenForm({ action, lifetimes }: { action: Action; lifetimes: readonly number[] }) {
  const t = useTranslations("account.tokens");
  const [state, formAction] = useActionState(action, { status: "idle" } satisfies FormState);
  return (
    <FormStateContext.Provider value={state}>
      {state.status === "success" && state.result?.secret ? (
        <div role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
          <p className="font-medium">{state.message}</p>
          <label className="mt-2 block text-xs font-medium" htmlFor="new-token-secret">
            {t("secretLabel")}
          </label>
          <input
            id="new-token-secret"
            readOnly
            value={state.result.secret}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 w-full rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs text-slate-900"
          />
        </div>
      ) : null}
      {state.status === "error" ? (
        <p role="alert" className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
      <form action={formAction} noValidate className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <TextField name="name" label={t("name")} placeholder={t("namePlaceholder")} required />
        <SelectField
          name="expiresInDays"
          label={t("lifetime")}
          defaultValue="90"
          options={lifetimes.map((days) => ({ value: String(days), label: t("days", { count: days }) }))}
        />
        <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
      </form>
    </FormStateContext.Provider>
  );
}
