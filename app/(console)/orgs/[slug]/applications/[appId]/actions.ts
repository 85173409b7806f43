"use server";

import { redirect } from "next/navigation";
import { deleteApplication, removeEnvironmentVariable, setEnvironmentVariable } from "@/lib/applications/service";
import { performFormAction, type FormState } from "@/lib/form-action";

const applicationsPath = (slug: string) => `/orgs/${slug}/applications`;

export async function setEnvironmentVariableAction(slug: string, _state: FormState, formData: FormData) {
  return performFormAction(formData, async (actor, values) => {
    await setEnvironmentVariable(actor, slug, values);
    return "applications.env.saved";
  }, { revalidate: applicationsPath(slug) });
}

export async function removeEnvironmentVariableAction(slug: string, _state: FormState, formData: FormData) {
  return performFormAction(formData, async (actor, values) => {
    await removeEnvironmentVariable(actor, slug, values);
    return "applications.env.removed";
  }, { revalidate: applicationsPath(slug) });
}

export async function deleteApplicationAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  let deleted = false;
  const state = await performFormAction(formData, async (actor, values) => {
    await deleteApplication(actor, slug, values);
    deleted = true;
  }, { revalidate: `/orgs/${slug}` });
  if (deleted) redirect(applicationsPath(slug));
  return state;
}
