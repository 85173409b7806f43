"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { performFormAction, type FormState } from "@/lib/form-action";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { inviteMember, resendInvitation, revokeInvitation } from "@/lib/invitations/service";
import { changeMemberRole, leaveOrganisation, removeMember } from "@/lib/members/service";
import { publicBaseUrl } from "@/lib/request-origin";

async function emailContext() {
  const locale = await getLocale();
  return { locale: isLocale(locale) ? locale : DEFAULT_LOCALE, baseUrl: await publicBaseUrl() };
}

const membersPath = (slug: string) => `/orgs/${slug}/members`;

export async function inviteMemberAction(slug: string, _state: FormState, formData: FormData) {
  return performFormAction(formData, async (actor, values) => {
    const { emailSent } = await inviteMember(actor, slug, values, await emailContext());
    return emailSent ? "members.invite.sent" : "members.invite.savedNotSent";
  }, { revalidate: membersPath(slug) });
}

export async function resendInvitationAction(slug: string, _state: FormState, formData: FormData) {
  return performFormAction(formData, async (actor, values) => {
    const { emailSent } = await resendInvitation(actor, slug, values, await emailContext());
    return emailSent ? "members.invitations.resent" : "members.invite.savedNotSent";
  }, { revalidate: membersPath(slug) });
}

export async function revokeInvitationAction(slug: string, _state: FormState, formData: FormData) {
  return performFormAction(formData, async (actor, values) => {
    await revokeInvitation(actor, slug, values);
    return "members.invitations.revoked";
  }, { revalidate: membersPath(slug) });
}

export async function changeRoleAction(slug: string, _state: FormState, formData: FormData) {
  return performFormAction(formData, async (actor, values) => {
    await changeMemberRole(actor, slug, values);
    return "members.roleChanged";
  }, { revalidate: membersPath(slug) });
}

export async function removeMemberAction(slug: string, _state: FormState, formData: FormData) {
  return performFormAction(formData, async (actor, values) => {
    await removeMember(actor, slug, values);
    return "members.removed";
  }, { revalidate: membersPath(slug) });
}

export async function leaveOrganisationAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  let left = false;
  const state = await performFormAction(formData, async (actor) => {
    await leaveOrganisation(actor, slug);
    left = true;
  });
  if (left) redirect("/orgs");
  return state;
}
