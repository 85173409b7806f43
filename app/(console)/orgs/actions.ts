"use server";

import { redirect } from "next/navigation";
import { performFormAction, type FormState } from "@/lib/form-action";
import { createOrganisation } from "@/lib/organisations/service";

export async function createOrganisationAction(_state: FormState, formData: FormData): Promise<FormState> {
  let slug: string | undefined;
  const state = await performFormAction(formData, async (actor, values) => {
    slug = (await createOrganisation(actor, values)).slug;
  });
  if (slug) redirect(`/orgs/${slug}`);
  return state;
}
