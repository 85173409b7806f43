import { apiRoute, jsonBody } from "@/lib/api/route";
import { deleteApplication, getApplication } from "@/lib/applications/service";

type Params = { slug: string; applicationId: string };

export const GET = apiRoute<Params>(async ({ actor, params }) => {
  const { application, environmentVariables } = await getApplication(actor.userId, params.slug, params.applicationId);
  return { application, environmentVariables };
});

/** Body: {"confirmation": "<the application's name>"}, as the page asks for it. */
export const DELETE = apiRoute<Params>(async ({ actor, request, params }) => {
  const body = (await jsonBody(request)) as Record<string, unknown>;
  await deleteApplication(actor, params.slug, { ...body, applicationId: params.applicationId });
});
