import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// Sends signed-out visitors of console pages to /login and back afterwards, and tells
// pages which path was asked for (the 403 page and the login redirect name it).
// Authorisation itself is never decided here: services check the database.
export async function proxy(request: NextRequest) {
  if (isCrossSitePost(request)) {
    // Next.js refuses such a server action too, but as a 500 with a stack trace in the log.
    return new NextResponse("Forms of other sites cannot post to Atelier.", { status: 403 });
  }
  const { pathname, search } = request.nextUrl;
  const path = `${pathname}${search}`;
  if (pathname.startsWith("/orgs") || pathname.startsWith("/account")) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
    if (!token) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", path);
      return NextResponse.redirect(login);
    }
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-atelier-path", path);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

/** A POST whose Origin is another host than the one it was sent to (as Next.js compares them). */
function isCrossSitePost(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (request.method !== "POST" || !origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export const config = {
  matcher: ["/((?!_next/|api/|favicon.ico).*)"],
};
