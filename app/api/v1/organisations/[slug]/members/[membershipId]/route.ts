import { apiRoute, jsonBody } from "@/lib/api/route";
import { changeMemberRole, removeMember } from "@/lib/members/service";

type Params = { slug: string; membershipId: string };

/** Body: {"role": "DEVELOPER"}. */
export const PATCH = apiRoute<Params>(async ({ actor, request, params }) => {
  const body = (await jsonBody(request)) as Record<string, unknown>;
  await changeMemberRole(actor, params.slug, { ...body, membershipId: params.membershipId });
});

export const DELETE = apiRoute<Params>(async ({ actor, params }) => {
  await removeMember(actor, params.slug, { membershipId: params.membershipId });
});
