import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/actor";
import { currentActor } from "@/lib/auth/current-user";
import { ServiceError } from "@/lib/errors";
import { requestOrigin } from "@/lib/request-origin";
import { formValues } from "@/lib/validation";

/** What a server action answers to the form that called it. */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the user typed (passwords excepted), so a refused form keeps it. */
  values?: Record<string, string>;
  /** Data a successful action hands back to the page (e.g. where to go next). */
  result?: Record<string, string>;
};

const NEVER_ECHOED = new Set(["password", "confirmPassword"]);

type Outcome = string | void | { message?: string; result?: Record<string, string> };

async function runAndTranslate(
  formData: FormData,
  run: (values: Record<string, string>) => Promise<Outcome>,
  revalidate?: string,
): Promise<FormState> {
  const t = await getTranslations();
  const values = formValues(formData);
  const kept = Object.fromEntries(Object.entries(values).filter(([key]) => !NEVER_ECHOED.has(key)));
  try {
    const outcome = await run(values);
    if (revalidate) revalidatePath(revalidate, "layout");
    const { message, result } = typeof outcome === "object" ? outcome : { message: outcome || undefined, result: undefined };
    return { status: "success", message: message ? t(message) : undefined, result };
  } catch (error) {
    if (error instanceof ServiceError) {
      const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, key]) => [field, t(key)]));
      return { status: "error", message: t(`errors.${error.code}`), fieldErrors, values: kept };
    }
    // Next.js control flow (redirect, notFound) must pass through.
    if (error instanceof Error && "digest" in error) throw error;
    console.error("server action failed", error);
    return { status: "error", message: t("errors.UNEXPECTED"), values: kept };
  }
}

/**
 * The one wrapper of every signed-in server action: resolves the actor, runs the
 * service call, turns a refusal into a translated message. The service decides
 * everything; this only translates. `run` may return a success message key.
 */
export async function performFormAction(
  formData: FormData,
  run: (actor: Actor, values: Record<string, string>) => Promise<Outcome>,
  options: { revalidate?: string } = {},
): Promise<FormState> {
  const actor = await currentActor();
  if (!actor) {
    const t = await getTranslations();
    return { status: "error", message: t("errors.UNAUTHENTICATED") };
  }
  return runAndTranslate(formData, (values) => run(actor, values), options.revalidate);
}

/** The same, for the forms of signed-out visitors (sign-up). */
export async function performPublicFormAction(
  formData: FormData,
  run: (origin: Awaited<ReturnType<typeof requestOrigin>>, values: Record<string, string>) => Promise<Outcome>,
): Promise<FormState> {
  const origin = await requestOrigin();
  return runAndTranslate(formData, (values) => run(origin, values));
}
