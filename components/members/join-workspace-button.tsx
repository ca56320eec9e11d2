"use client";

import { useRouter } from "next/navigation";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { acceptInvitation } from "./members-api";

/** Accepts the invitation for the signed-in person and goes to the home page, where the workspace now shows. */
export function JoinWorkspaceButton({ token }: { token: string }) {
  const router = useRouter();
  const { pending, error, run } = useAsyncAction();
  return (
    <div>
      <FormError message={error} />
      <button
        type="button"
        className="button primary"
        disabled={pending}
        onClick={() =>
          void run(async () => {
            await acceptInvitation(token);
            router.replace("/");
            router.refresh();
          })
        }
      >
        {pending ? "Joining…" : "Join workspace"}
      </button>
    </div>
  );
}
