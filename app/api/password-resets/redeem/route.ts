import { redeemPasswordReset } from "@/lib/data/password-resets/redeem-password-reset";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { ZPasswordResetRedeemInput } from "@/lib/schemas/password-reset";

// The member can't sign in yet: the link in the body is what authorizes this.
export const POST = jsonRoute(
  async ({ request, db }) => redeemPasswordReset(db, await readJsonBody(request, ZPasswordResetRedeemInput)),
  { signedOut: "allowed" },
);
