"use server";

import { redirect } from "next/navigation";
import { performFormAction, type FormState } from "@/lib/form-action";
import { deleteOrganisation, updateOrganisation } from "@/lib/organisations/service";

export async function updateOrganisationAction(slug: string, _state: FormState, formData: FormData) {
  return performFormAction(formData, async (actor, values) => {
    await updateOrganisation(actor, slug, values);
    return "settings.general.saved";
  }, { revalidate: `/orgs/${slug}` });
}

export async function deleteOrganisationAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  let deleted = false;
  const state = await performFormAction(formData, async (actor, values) => {
    await deleteOrganisation(actor, slug, values);
    deleted = true;
  });
  if (deleted) redirect("/orgs");
  return state;
}
