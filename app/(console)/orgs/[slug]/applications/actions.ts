"use server";

import { redirect } from "next/navigation";
import { createApplication } from "@/lib/applications/service";
import { performFormAction, type FormState } from "@/lib/form-action";

export async function createApplicationAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  let id: string | undefined;
  const state = await performFormAction(formData, async (actor, values) => {
    id = (await createApplication(actor, slug, values)).id;
  }, { revalidate: `/orgs/${slug}` });
  if (id) redirect(`/orgs/${slug}/applications/${id}`);
  return state;
}
