import { NextResponse, type NextRequest } from "next/server";
import { pageContentSecurityPolicy } from "@/lib/http/content-security-policy";

// A fresh nonce per page, in the Content-Security-Policy of the request (where
// Next.js reads it to mark its scripts) and of the response. The other security
// headers are static and set in next.config.ts.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  // scripts/serve.mjs sets X-Forwarded-Proto from the socket or a trusted proxy.
  const policy = pageContentSecurityPolicy(nonce, { https: request.headers.get("x-forwarded-proto") === "https" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API routes get a fixed policy, static files need none.
      source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
