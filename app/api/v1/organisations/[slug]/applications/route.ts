import { apiRoute, jsonBody } from "@/lib/api/route";
import { createApplication, listApplications } from "@/lib/applications/service";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params }) => {
  const { applications } = await listApplications(actor.userId, params.slug);
  return { applications };
});

/** Body: {"name": "shop-api", "runtime": "NODE", "repositoryUrl"?: "…"}. */
export const POST = apiRoute<{ slug: string }>(async ({ actor, request, params }) => {
  const created = await createApplication(actor, params.slug, await jsonBody(request));
  return Response.json(created, { status: 201 });
});
