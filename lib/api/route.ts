import "server-only";
import { createTranslator } from "next-intl";
import { authenticateApiToken } from "@/lib/api-tokens/service";
import type { Actor } from "@/lib/actor";
import { ForbiddenError, NotFoundError, ServiceError, UnauthenticatedError, ValidationError, type ErrorCode } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { requestOrigin } from "@/lib/request-origin";

// The one wrapper of every /api/v1 handler: bearer token → actor → the same service
// functions as the pages → JSON. Refusals keep their meaning: 401, 403, 404, 422, 409.

type Handler<Params> = (context: { actor: Actor; request: Request; params: Params }) => Promise<Response | unknown>;

/** Refusals that no role would avoid: a rule of the organisation's state, not a permission. */
const CONFLICTS: ReadonlySet<ErrorCode> = new Set(["LAST_ADMIN", "PERSONAL_SPACE"]);

const STATUS = (error: ServiceError): number => {
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ForbiddenError) return CONFLICTS.has(error.code) ? 409 : 403;
  if (error instanceof UnauthenticatedError) return 401;
  if (error instanceof ValidationError) return 422;
  if (error instanceof PayloadTooLargeError) return 413;
  if (error.code === "RATE_LIMITED") return 429;
  return 409;
};

/** The body larger than any input of the API. */
const MAX_BODY_BYTES = 64 * 1024;

class PayloadTooLargeError extends ServiceError {
  constructor() {
    super("PAYLOAD_TOO_LARGE");
  }
}

/** Messages in the caller's Accept-Language (English by default); `error` stays the stable code. */
async function errorBody(error: ServiceError, request: Request) {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return {
    error: error.code,
    message: t(error instanceof UnauthenticatedError ? "errors.apiTokenRequired" : `errors.${error.code}`),
    ...(error instanceof ForbiddenError && error.permission ? { permission: error.permission } : {}),
    ...(Object.keys(error.fieldErrors).length
      ? { fieldErrors: Object.fromEntries(Object.entries(error.fieldErrors).map(([field, key]) => [field, t(key)])) }
      : {}),
  };
}

export function apiRoute<Params = Record<string, never>>(handler: Handler<Params>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const authorization = request.headers.get("authorization") ?? "";
      const secret = authorization.match(/^Bearer\s+(\S+)$/i)?.[1];
      const actor = secret ? await authenticateApiToken(secret, await requestOrigin()) : null;
      if (!actor) throw new UnauthenticatedError();
      const result = await handler({ actor, request, params: await context.params });
      if (result instanceof Response) return result;
      return result === undefined ? new Response(null, { status: 204 }) : Response.json(result);
    } catch (error) {
      if (error instanceof ServiceError) {
        const headers: HeadersInit = error instanceof UnauthenticatedError ? { "www-authenticate": 'Bearer realm="atelier"' } : {};
        return Response.json(await errorBody(error, request), { status: STATUS(error), headers });
      }
      console.error("API call failed", error);
      return Response.json(await errorBody(new ServiceError("UNEXPECTED"), request), { status: 500 });
    }
  };
}

/** The JSON body of a request: 413 past MAX_BODY_BYTES, 422 when it is not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > MAX_BODY_BYTES) throw new PayloadTooLargeError();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new PayloadTooLargeError();
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError({ body: "validation.jsonBody" });
  }
}

/** The answer to a path the API does not have. */
export async function notFoundResponse(request: Request): Promise<Response> {
  return Response.json(await errorBody(new NotFoundError(), request), { status: 404 });
}
