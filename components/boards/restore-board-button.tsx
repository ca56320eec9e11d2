"use client";

import { useRouter } from "next/navigation";
import { callJsonApi } from "../board/call-json-api";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";

/** Brings an archived board back to the home list. */
export function RestoreBoardButton({ boardId, title, version }: { boardId: string; title: string; version: number }) {
  const router = useRouter();
  const { pending, error, run } = useAsyncAction();
  return (
    <>
      <button
        type="button"
        className="button small"
        disabled={pending}
        aria-label={`Restore ${title}`}
        onClick={() =>
          run(async () => {
            await callJsonApi("PUT", `/api/boards/${boardId}/archived`, { archived: false, version });
            router.refresh();
          })
        }
      >
        {pending ? "Restoring…" : "Restore"}
      </button>
      <FormError message={error} />
    </>
  );
}
