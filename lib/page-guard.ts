import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { currentPath, loginUrl } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

/**
 * Runs a page's service call and turns the service's typed refusals into the HTTP
 * answers of product.md: 404 for a non-member, 403 for a missing permission, a
 * redirect to /login for a signed-out visitor. Call it before any Suspense boundary.
 */
export async function loadPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof UnauthenticatedError) redirect(loginUrl(await currentPath()));
    throw error;
  }
}
