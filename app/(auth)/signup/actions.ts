"use server";

import { performPublicFormAction, type FormState } from "@/lib/form-action";
import { signUp } from "@/lib/users/service";

export async function signUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  return performPublicFormAction(formData, async (origin, values) => {
    await signUp(values, origin);
  });
}
