"use client";

import { useState, type ReactNode } from "react";
import { ActionForm, HiddenField, SubmitButton, TextField } from "@/components/ui/form";
import type { FormState } from "@/lib/form-action";

/**
 * A destructive action confirmed by typing the name of what goes away. The button
 * waits for an exact match; the service compares again, so a direct POST is no shortcut.
 */
export function ConfirmByNameForm({
  action,
  expected,
  label,
  submitLabel,
  pendingLabel,
  hidden = {},
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  expected: string;
  label: string;
  submitLabel: string;
  pendingLabel: string;
  hidden?: Record<string, string>;
  children?: ReactNode;
}) {
  const [typed, setTyped] = useState("");
  return (
    <ActionForm action={action} aria-label={submitLabel}>
      {children}
      {Object.entries(hidden).map(([name, value]) => (
        <HiddenField key={name} name={name} value={value} />
      ))}
      <div className="max-w-md" onInput={(event) => setTyped((event.target as HTMLInputElement).value)}>
        <TextField name="confirmation" label={label} autoComplete="off" required />
      </div>
      <div className="mt-3">
        <SubmitButton variant="danger" pendingLabel={pendingLabel} disabled={typed.trim() !== expected}>
          {submitLabel}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
