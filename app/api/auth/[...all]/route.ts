import { getAuth } from "@/lib/data/auth/get-auth";

// Better Auth's endpoints: sign-up, sign-in, sign-out, session.
async function handle(request: Request): Promise<Response> {
  return (await getAuth()).handler(request);
}

export const GET = handle;
export const POST = handle;
