// Runs before every page: picks the language (next-intl), sends visitors of private areas to sign in, and rolls
// the session cookie forward so that 30 minutes of inactivity, not 30 minutes since sign-in, end a session.
import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { encode, getToken } from "next-auth/jwt";
import { routing } from "./lib/i18n/routing";
import { IDLE_SECONDS, sessionExpired } from "./lib/domain/session";

const intl = createMiddleware(routing);
const PRIVATE = /^\/(?:en\/)?(me|org|admin)(\/|$)/;

export default async function proxy(request: NextRequest) {
  const secret = process.env.NEXTAUTH_SECRET;
  // next-auth names its cookie by the scheme of NEXTAUTH_URL; follow it so both read the same cookie.
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https:");
  const cookieName = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  const token = secret ? await getToken({ req: request, secret, secureCookie: secure, cookieName }) : null;
  const live = token?.uid && !sessionExpired(token.authAt) ? token : null;

  const { pathname, search } = request.nextUrl;
  if (!live && PRIVATE.test(pathname)) {
    const english = pathname.startsWith("/en/") || pathname === "/en";
    const url = new URL(`${english ? "/en" : ""}/sign-in`, request.url);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }

  const response = intl(request);
  // Not on server-action posts: a cookie set there makes Next re-render the whole page, and the action's own answer
  // (a confirmation, the fields as typed) would be lost. Page views alone keep the session alive.
  // Nor on prefetches: a prefetch still in flight when the person signs out would set the cookie again.
  const prefetch =
    request.headers.has("next-router-prefetch") ||
    request.headers.get("purpose") === "prefetch" ||
    request.headers.get("sec-purpose")?.includes("prefetch");
  if (live && secret && !request.headers.has("next-action") && !prefetch) {
    const { exp: _exp, iat: _iat, jti: _jti, ...claims } = live;
    response.cookies.set(cookieName, await encode({ token: claims, secret, maxAge: IDLE_SECONDS }), {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure,
      maxAge: IDLE_SECONDS,
    });
  }
  return response;
}

export const config = {
  // Every page; not the API, Next's own files, or files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
