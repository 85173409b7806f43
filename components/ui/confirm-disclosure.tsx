"use client";

import type { ReactNode } from "react";
import { ActionForm, HiddenField, SubmitButton } from "@/components/ui/form";
import { closeOnEscape } from "@/components/ui/close-on-escape";
import type { FormState } from "@/lib/form-action";

/**
 * A destructive action in two steps, without JavaScript for the first: the summary
 * opens the confirmation below it, whose button submits. The form goes away with what
 * it removed, so its success is announced by the page (ActionForm's announceSuccess).
 */
export function ConfirmDisclosure({
  summary,
  summaryLabel,
  confirmation,
  action,
  field,
  submitLabel,
  pendingLabel,
}: {
  /** What the closed disclosure shows, e.g. "Remove…". */
  summary: string;
  /** The summary's name for screen readers when `summary` alone is ambiguous in a list. */
  summaryLabel?: string;
  confirmation: ReactNode;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The hidden field that names the target. */
  field: { name: string; value: string };
  submitLabel: string;
  pendingLabel: string;
}) {
  return (
    // The confirmation opens over the list, so opening it moves no row.
    <details className="relative text-sm" onKeyDown={closeOnEscape}>
      <summary className="inline-block cursor-pointer list-none rounded-md px-2.5 py-1.5 text-xs font-medium text-red-800 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700">
        {summaryLabel ? (
          <>
            <span aria-hidden="true">{summary}</span>
            <span className="sr-only">{summaryLabel}</span>
          </>
        ) : (
          summary
        )}
      </summary>
      <div className="absolute right-0 z-10 mt-2 w-72 rounded-md border border-red-200 bg-red-50 p-3 text-left shadow-lg">
        <ActionForm action={action} announceSuccess>
          <p className="mb-2 text-sm text-red-900">{confirmation}</p>
          <HiddenField name={field.name} value={field.value} />
          <SubmitButton variant="danger" size="sm" pendingLabel={pendingLabel}>
            {submitLabel}
          </SubmitButton>
        </ActionForm>
      </div>
    </details>
  );
}
