import { getAuth } from "@/lib/data/auth/get-auth";
import { DataError } from "@/lib/data/errors";
import { bufferAuthRequest } from "@/lib/http/buffer-auth-request";

// Better Auth's endpoints: sign-up, sign-in, sign-out, session. The body is
// read here first, capped and under the text rule, so no sign-up or sign-in
// can make the server buffer a large body or store text the databases differ on.
async function handle(request: Request): Promise<Response> {
  let buffered: Request;
  try {
    buffered = await bufferAuthRequest(request);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    // Better Auth's client reads `message`; the rest of the API says `error`.
    return Response.json({ code: error.code.toUpperCase(), message: error.message, error: error.message }, { status: error.status });
  }
  return (await getAuth()).handler(buffered);
}

export const GET = handle;
export const POST = handle;
