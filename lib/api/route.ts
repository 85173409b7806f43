import "server-only";
import { createTranslator } from "next-intl";
import { authenticateApiToken } from "@/lib/api-tokens/service";
import type { Actor } from "@/lib/actor";
import { ForbiddenError, NotFoundError, ServiceError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { requestOrigin } from "@/lib/request-origin";

// The one wrapper of every /api/v1 handler: bearer token → actor → the same service
// functions as the pages → JSON. Refusals keep their meaning: 401, 403, 404, 422, 409.

type Handler<Params> = (context: { actor: Actor; request: Request; params: Params }) => Promise<Response | unknown>;

const STATUS = (error: ServiceError): number => {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof UnauthenticatedError) return 401;
  if (error instanceof ValidationError) return 422;
  return 409;
};

async function errorBody(error: ServiceError) {
  // The API speaks English; clients localise from the stable `error` code.
  const messages = await loadMessages("en");
  const t = createTranslator({ locale: "en", messages });
  return {
    error: error.code,
    message: t(`errors.${error.code}`),
    ...(error instanceof ForbiddenError && error.permission ? { permission: error.permission } : {}),
    ...(Object.keys(error.fieldErrors).length
      ? { fieldErrors: Object.fromEntries(Object.entries(error.fieldErrors).map(([field, key]) => [field, t(key)])) }
      : {}),
  };
}

export function apiRoute<Params = Record<string, never>>(handler: Handler<Params>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    const authorization = request.headers.get("authorization") ?? "";
    const secret = authorization.match(/^Bearer\s+(\S+)$/i)?.[1];
    const actor = secret ? await authenticateApiToken(secret, await requestOrigin()) : null;
    if (!actor) {
      return Response.json(
        { error: "UNAUTHENTICATED", message: "Send a valid API token: Authorization: Bearer <token>." },
        { status: 401, headers: { "www-authenticate": 'Bearer realm="atelier"' } },
      );
    }
    try {
      const result = await handler({ actor, request, params: await context.params });
      if (result instanceof Response) return result;
      return result === undefined ? new Response(null, { status: 204 }) : Response.json(result);
    } catch (error) {
      if (error instanceof ServiceError) return Response.json(await errorBody(error), { status: STATUS(error) });
      console.error("API call failed", error);
      return Response.json({ error: "UNEXPECTED", message: "Something went wrong; nothing was changed." }, { status: 500 });
    }
  };
}

/** The JSON body of a request, or a 422 naming the problem. */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ValidationError({ body: "validation.jsonBody" });
  }
}
