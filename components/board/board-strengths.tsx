"use client";

import { createContext, useContext, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import type { TBoardView } from "@/lib/board/types";
import { computeBoardStrengths, type TBoardStrengths } from "@/lib/strength/board-strengths";
import { StrengthInputError } from "@/lib/strength/strength-board";

/**
 * The board's claim strengths as the views read them: "pending" while a large
 * board is still paged in (the rows so far would give numbers that are not the
 * board's), "unsettled" when the rounds hit the cap (no number is final).
 */
export type TStrengthState =
  | { status: "pending" }
  | { status: "unsettled"; computed: TBoardStrengths }
  | { status: "settled"; computed: TBoardStrengths };

/** One claim's strength for a node or card: its value only when final. */
export type TClaimStrength = number | "pending" | "unsettled" | null;

type TListener = () => void;

/** Holds the latest strengths; a node subscribes to its own claim and re-renders only when that value changes. */
class StrengthStore {
  private listeners = new Set<TListener>();
  constructor(public state: TStrengthState) {}
  set(state: TStrengthState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
  subscribe = (listener: TListener) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  claim(claimId: string): TClaimStrength {
    const { state } = this;
    if (state.status !== "settled") return state.status;
    return state.computed.strengths.get(claimId) ?? null;
  }
}

const PENDING: TStrengthState = { status: "pending" };
const StrengthContext = createContext<StrengthStore | null>(null);

function strengthState(
  board: Pick<TBoardView, "claims" | "evidence" | "links" | "relations" | "undercuts" | "premiseGroups">,
  complete: boolean,
): TStrengthState {
  if (!complete) return PENDING;
  try {
    const computed = computeBoardStrengths(board);
    return computed.settled ? { status: "settled", computed } : { status: "unsettled", computed };
  } catch (error) {
    // A row naming one not (yet) in the client's copy: no honest number to show until the board is consistent.
    if (error instanceof StrengthInputError) return PENDING;
    throw error;
  }
}

/** Recomputes the strengths whenever claims, evidence, links, relations, undercuts or premise groups change (the lib is pure and fast). */
export function BoardStrengthsProvider({
  board,
  complete,
  children,
}: {
  board: TBoardView;
  complete: boolean;
  children: ReactNode;
}) {
  const { claims, evidence, links, relations, undercuts, premiseGroups } = board;
  const state = useMemo(
    () => strengthState({ claims, evidence, links, relations, undercuts, premiseGroups }, complete),
    [claims, evidence, links, relations, undercuts, premiseGroups, complete],
  );
  const [store] = useState(() => new StrengthStore(state));
  // Before paint, so a view never shows the previous strengths beside the new rows.
  useLayoutEffect(() => {
    if (store.state !== state) store.set(state);
  }, [store, state]);
  return <StrengthContext.Provider value={store}>{children}</StrengthContext.Provider>;
}

const noStore = () => () => {};

/** One claim's strength; re-renders only when it changes. Outside a board (no provider) it is pending. */
export function useClaimStrength(claimId: string): TClaimStrength {
  const store = useContext(StrengthContext);
  return useSyncExternalStore(
    store?.subscribe ?? noStore,
    () => (store ? store.claim(claimId) : "pending"),
    () => (store ? store.claim(claimId) : "pending"),
  );
}

/** The whole board's strengths, for explanations, sorting and filtering. */
export function useBoardStrengths(): TStrengthState {
  const store = useContext(StrengthContext);
  return useSyncExternalStore(
    store?.subscribe ?? noStore,
    () => store?.state ?? PENDING,
    () => store?.state ?? PENDING,
  );
}
