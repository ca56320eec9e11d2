import { getAuth } from "@/lib/data/auth/get-auth";
import { DataError } from "@/lib/data/errors";
import { DATABASE_BUSY_MESSAGE, DATABASE_BUSY_RETRY_AFTER_SECONDS, isDatabaseBusy } from "@/lib/db/database-busy";
import { bufferAuthRequest } from "@/lib/http/buffer-auth-request";

// Better Auth's client reads `message`; the rest of the API says `error`.
function authErrorResponse(status: number, code: string, message: string, headers?: HeadersInit): Response {
  return Response.json({ code, message, error: message }, { status, headers });
}

// Better Auth's endpoints: sign-up, sign-in, sign-out, session. The body is
// read here first, capped and under the text rule, so no sign-up or sign-in
// can make the server buffer a large body or store text the databases differ on.
async function handle(request: Request): Promise<Response> {
  try {
    const buffered = await bufferAuthRequest(request);
    // Better Auth throws what is not its own APIError (onAPIError.throw), so a busy database is a 503 here as elsewhere.
    return await (await getAuth()).handler(buffered);
  } catch (error) {
    if (error instanceof DataError) return authErrorResponse(error.status, error.code.toUpperCase(), error.message);
    if (isDatabaseBusy(error)) {
      return authErrorResponse(503, "DATABASE_BUSY", DATABASE_BUSY_MESSAGE, { "Retry-After": String(DATABASE_BUSY_RETRY_AFTER_SECONDS) });
    }
    throw error;
  }
}

export const GET = handle;
export const POST = handle;
