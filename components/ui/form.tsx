"use client";

import { createContext, useActionState, useContext, useEffect, useId, useRef, useSyncExternalStore, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useAnnouncedAction } from "@/components/ui/announcer";
import { buttonClass, type ButtonVariant } from "@/components/ui/button-class";
import type { FormState } from "@/lib/form-action";

// Forms that call a server action: field-level messages, values kept on refusal,
// the submit button disabled while the action runs (no doubled submissions).

export const FormStateContext = createContext<FormState>({ status: "idle" });

type ServerAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** False during server rendering and before hydration, true once React runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
}

/** Whether the surrounding form can be submitted yet (see ActionForm's `browserAction`). */
const FormReadyContext = createContext(true);

export function ActionForm({
  action,
  children,
  className,
  showSuccess = true,
  announceSuccess = false,
  browserAction = false,
  "aria-label": ariaLabel,
}: {
  action: ServerAction;
  children: ReactNode;
  className?: string;
  showSuccess?: boolean;
  /**
   * The success message goes to the page's announcer (AnnouncerProvider) instead of the
   * form: for forms that disappear when they succeed (a removed row, a revoked invitation).
   */
  announceSuccess?: boolean;
  /**
   * The action runs in the browser (e.g. next-auth's signIn), so unlike a server action
   * it cannot work before hydration: the submit button waits for it.
   */
  browserAction?: boolean;
  "aria-label"?: string;
}) {
  const [state, formAction] = useActionState(useAnnouncedAction(action, announceSuccess), { status: "idle" } satisfies FormState);
  const hydrated = useHydrated();
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") messageRef.current?.focus();
  }, [state]);
  const showMessage = state.message && (state.status === "error" || (showSuccess && !announceSuccess));
  return (
    <FormStateContext.Provider value={state}>
      <FormReadyContext.Provider value={!browserAction || hydrated}>
      <form action={formAction} className={className} noValidate aria-label={ariaLabel}>
        {showMessage ? (
          <div
            ref={messageRef}
            tabIndex={-1}
            role={state.status === "error" ? "alert" : "status"}
            // A whole row of the form's own layout (grid or wrapping flex), never a squeezed column.
            className={`col-span-full mb-3 basis-full rounded-md border px-3 py-2 text-sm ${
              state.status === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-emerald-300 bg-emerald-50 text-emerald-800"
            }`}
          >
            {state.message}
          </div>
        ) : null}
        {children}
      </form>
      </FormReadyContext.Provider>
    </FormStateContext.Provider>
  );
}

export function useFormState() {
  return useContext(FormStateContext);
}

const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-indigo-600 focus:outline-none focus:ring-2 focus:ring-indigo-600/60 aria-[invalid=true]:border-red-600";

type FieldProps = {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string;
  required?: boolean;
  autoComplete?: string;
  hint?: string;
  placeholder?: string;
  readOnly?: boolean;
  hideLabel?: boolean;
};

function FieldShell({ id, label, hint, error, hideLabel, children }: { id: string; label: string; hint?: string; error?: string; hideLabel?: boolean; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-sm font-medium text-slate-800"}>
        {label}
      </label>
      {children}
      {hint && !error ? <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}

export function TextField({ name, label, type = "text", defaultValue, required, autoComplete, hint, placeholder, readOnly, hideLabel }: FieldProps) {
  const state = useFormState();
  const id = useId();
  const error = state.fieldErrors?.[name];
  const value = state.status === "error" ? (state.values?.[name] ?? defaultValue) : defaultValue;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <input
        // Remount after each answer, so the kept value is shown (React resets forms after an action).
        key={`${state.status}-${value ?? ""}`}
        id={id}
        name={name}
        type={type}
        defaultValue={value}
        required={required}
        readOnly={readOnly}
        autoComplete={autoComplete}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  hideLabel,
  hint,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  hideLabel?: boolean;
  hint?: string;
}) {
  const state = useFormState();
  const id = useId();
  const error = state.fieldErrors?.[name];
  const value = state.status === "error" ? (state.values?.[name] ?? defaultValue) : defaultValue;
  return (
    <FieldShell id={id} label={label} error={error} hideLabel={hideLabel} hint={hint}>
      <select
        key={`${state.status}-${value ?? ""}`}
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={inputClass}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function HiddenField({ name, value }: { name: string; value: string }) {
  return <input type="hidden" name={name} value={value} />;
}

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  size = "md",
  disabled,
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel?: string;
  variant?: ButtonVariant;
  size?: "sm" | "md";
  disabled?: boolean;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  const ready = useContext(FormReadyContext);
  const inactive = pending || disabled || !ready;
  return (
    <button type="submit" name={name} value={value} disabled={inactive} aria-disabled={inactive} className={buttonClass(variant, size)}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
