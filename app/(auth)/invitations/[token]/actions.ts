"use server";

import { redirect } from "next/navigation";
import { performFormAction, performPublicFormAction, type FormState } from "@/lib/form-action";
import { acceptInvitation, declineInvitation, signUpFromInvitation } from "@/lib/invitations/service";

// The token is bound by the page; a tampered one simply matches no invitation.

export async function acceptInvitationAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  let slug: string | undefined;
  const state = await performFormAction(formData, async (actor) => {
    slug = (await acceptInvitation(actor, token)).slug;
  });
  if (slug) redirect(`/orgs/${slug}`);
  return state;
}

export async function declineInvitationAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  // The page is drawn again in its "declined" state, without the buttons.
  return performFormAction(formData, async (actor) => {
    await declineInvitation(actor, token);
    return "invitations.declinedDone";
  }, { revalidate: `/invitations/${token}` });
}

export async function signUpFromInvitationAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  return performPublicFormAction(formData, async (origin, values) => {
    const { slug } = await signUpFromInvitation(token, values, origin);
    return { result: { slug } };
  });
}
