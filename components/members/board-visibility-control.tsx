"use client";

import { useState } from "react";
import { roleCan } from "@/lib/permissions/roles";
import type { TBoardVisibility } from "@/lib/schemas/vocabulary";
import { useBoardStore } from "../board/board-store";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";
import { setBoardVisibility } from "./members-api";

const LABEL: Record<TBoardVisibility, string> = { public: "Public", private: "Private" };
const MEANING: Record<TBoardVisibility, string> = {
  public: "anyone with the link can read it",
  private: "only members of its workspace can see it",
};
const CONSEQUENCE: Record<TBoardVisibility, string> = {
  public:
    "Anyone with the link will be able to read this board, its graph, review board and export, without signing in. Only members can change it.",
  private: "Only members of this workspace will be able to see this board. Readers without access lose it at once.",
};

/** The board's visibility in words for everyone, and for editors and owners a switch with a confirmation. */
export function BoardVisibilityControl() {
  const { board, dispatch } = useBoardStore();
  const [confirming, setConfirming] = useState(false);
  const { pending, error, setError, run } = useAsyncAction();
  const current = board.visibility;
  const next: TBoardVisibility = current === "public" ? "private" : "public";
  const canChange = board.viewer.role !== null && roleCan(board.viewer.role, "board.publish");

  const apply = () =>
    run(async () => {
      const saved = await setBoardVisibility(board.id, next);
      dispatch({ type: "boardVisibilityChanged", visibility: saved.visibility });
      setConfirming(false);
    });

  return (
    <div className="board-visibility">
      <span className={`visibility-label visibility-${current}`} data-testid="board-visibility" title={MEANING[current]}>
        <span aria-hidden="true">{current === "public" ? "◉ " : "◎ "}</span>
        {LABEL[current]}
        <span className="sr-only">: {MEANING[current]}</span>
      </span>
      {canChange && !confirming ? (
        <button
          type="button"
          className="button small"
          onClick={() => {
            setError(null);
            setConfirming(true);
          }}
        >
          {next === "public" ? "Make public" : "Make private"}
        </button>
      ) : null}
      {canChange && confirming ? (
        <span className="visibility-confirm" role="group" aria-label={next === "public" ? "Confirm making this board public" : "Confirm making this board private"}>
          <span className="small">{CONSEQUENCE[next]}</span>
          <button type="button" className="button primary small" disabled={pending} onClick={() => void apply()}>
            {pending ? "Saving…" : next === "public" ? "Yes, make public" : "Yes, make private"}
          </button>
          <button type="button" className="button small" disabled={pending} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : null}
      <FormError message={error} />
    </div>
  );
}
