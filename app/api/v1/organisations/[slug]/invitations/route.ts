import { apiRoute, jsonBody } from "@/lib/api/route";
import { inviteMember } from "@/lib/invitations/service";
import { publicBaseUrl } from "@/lib/request-origin";

/** Body: {"email": "…", "role": "ACCOUNTING", "jobTitle"?: "…"}; the e-mail is in English. */
export const POST = apiRoute<{ slug: string }>(async ({ actor, request, params }) => {
  const created = await inviteMember(actor, params.slug, await jsonBody(request), { locale: "en", baseUrl: await publicBaseUrl() });
  return Response.json(created, { status: 201 });
});
