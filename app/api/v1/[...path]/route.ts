import { notFoundResponse } from "@/lib/api/route";

// Any path of the API that no route serves: a JSON 404 like every other refusal, not the HTML page.
export const GET = notFoundResponse;
export const POST = notFoundResponse;
export const PUT = notFoundResponse;
export const PATCH = notFoundResponse;
export const DELETE = notFoundResponse;
