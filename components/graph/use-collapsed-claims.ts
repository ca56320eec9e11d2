"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { callJsonApi } from "../board/call-json-api";

type TCollapsedAnswer = { claimIds: string[] };
const NONE: ReadonlySet<string> = new Set();

/**
 * The claims this reader has collapsed on this board, saved on the server per user per board
 * (GET/PUT /api/boards/:id/graph/collapsed). Signed out, collapsing works for this visit only.
 */
export function useCollapsedClaims(boardId: string, signedIn: boolean) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(NONE);
  const [error, setError] = useState<string | null>(null);
  const current = useRef(collapsed);
  useEffect(() => {
    current.current = collapsed;
  }, [collapsed]);
  const path = `/api/boards/${encodeURIComponent(boardId)}/graph/collapsed`;

  useEffect(() => {
    if (!signedIn) return;
    let cancelled = false;
    callJsonApi<TCollapsedAnswer>("GET", path)
      .then((answer) => {
        if (!cancelled) setCollapsed(new Set(answer.claimIds));
      })
      .catch(() => undefined); // nothing collapsed is a fine view; a save will say if the server is away
    return () => {
      cancelled = true;
    };
  }, [path, signedIn]);

  const toggle = useCallback(
    (claimId: string) => {
      const next = !current.current.has(claimId);
      const copy = new Set(current.current);
      if (next) copy.add(claimId);
      else copy.delete(claimId);
      current.current = copy;
      setCollapsed(copy);
      if (!signedIn) return;
      setError(null);
      callJsonApi<TCollapsedAnswer>("PUT", path, { claimId, collapsed: next })
        .then((answer) => setCollapsed(new Set(answer.claimIds)))
        .catch((caught: unknown) => setError(`Not saved: ${caught instanceof Error ? caught.message : "the server did not answer"}`));
    },
    [path, signedIn],
  );
  return { collapsed, toggle, error };
}
