"use server";

import { createApiToken, revokeApiToken } from "@/lib/api-tokens/service";
import { performFormAction, type FormState } from "@/lib/form-action";

export async function createApiTokenAction(_state: FormState, formData: FormData) {
  return performFormAction(formData, async (actor, values) => {
    const { secret } = await createApiToken(actor, values);
    return { message: "account.tokens.created", result: { secret } };
  }, { revalidate: "/account" });
}

export async function revokeApiTokenAction(_state: FormState, formData: FormData) {
  return performFormAction(formData, async (actor, values) => {
    await revokeApiToken(actor, values);
    return "account.tokens.revoked";
  }, { revalidate: "/account" });
}
