import { combine } from "./df-quad";
import { compileStrengthBoard, type TCompiledStrengthBoard } from "./compile-strength-board";
import type { TStrengthBoard } from "./strength-board";

/** A round in which no strength moves by this much or more ends the iteration. */
export const STRENGTH_TOLERANCE = 1e-9;
export const MAX_STRENGTH_ROUNDS = 1000;

export type TStrengthResult = {
  /** σ of every claim, 0..1; the last round's values when not settled. */
  strengths: Map<string, number>;
  /** False when the rounds still moved a value by the tolerance or more at the cap: the values are not final. */
  settled: boolean;
  rounds: number;
};

export type TStrengthOptions = { tolerance?: number; maxRounds?: number };

/** Claim strength on a board by DF-QuAD, iterated from the base scores so cycles are handled too. */
export function computeStrengths(board: TStrengthBoard, options: TStrengthOptions = {}): TStrengthResult {
  const compiled = compileStrengthBoard(board);
  const { values, settled, rounds } = iterateStrengths(compiled, options);
  const strengths = new Map<string, number>();
  for (let index = 0; index < compiled.claimIds.length; index++) strengths.set(compiled.claimIds[index]!, values[index]!);
  return { strengths, settled, rounds };
}

/**
 * Jacobi rounds: every claim starts at its base score; each round computes
 * every claim from the previous round's values. A claim none of whose inputs
 * changed in the last round would compute the very same value again, so only
 * claims downstream of a change are recomputed — the values and the round
 * count are exactly those of recomputing every claim every round. On an
 * acyclic board this costs about one evaluation per claim per level of depth.
 * (A single pass in dependency order would not be the same procedure: the
 * rounds may stop on a change under the tolerance before the exact values, and
 * the round count is part of the result.)
 */
export function iterateStrengths(
  board: TCompiledStrengthBoard,
  { tolerance = STRENGTH_TOLERANCE, maxRounds = MAX_STRENGTH_ROUNDS }: TStrengthOptions = {},
): { values: Float64Array; settled: boolean; rounds: number } {
  const claimCount = board.claimIds.length;
  const values = Float64Array.from(board.baseScores);
  const scratch = new Float64Array(claimCount);
  const queued = new Uint8Array(claimCount);
  // This round's claims to recompute, and the next round's, as lists in two buffers swapped each round.
  let dirty = new Int32Array(claimCount);
  for (let index = 0; index < claimCount; index++) dirty[index] = index;
  let dirtyCount = claimCount;
  let next = new Int32Array(claimCount);
  let rounds = 0;
  while (rounds < maxRounds) {
    rounds += 1;
    for (let i = 0; i < dirtyCount; i++) scratch[dirty[i]!] = strengthFrom(board, dirty[i]!, values);
    let largestChange = 0;
    let nextCount = 0;
    for (let i = 0; i < dirtyCount; i++) {
      const claim = dirty[i]!;
      const value = scratch[claim]!;
      const change = Math.abs(value - values[claim]!);
      if (change === 0) continue;
      if (change > largestChange) largestChange = change;
      values[claim] = value;
      for (let d = board.dependentStart[claim]!; d < board.dependentStart[claim + 1]!; d++) {
        const dependent = board.dependent[d]!;
        if (queued[dependent] === 0) {
          queued[dependent] = 1;
          next[nextCount++] = dependent;
        }
      }
    }
    if (largestChange < tolerance) return { values, settled: true, rounds };
    [dirty, next] = [next, dirty];
    dirtyCount = nextCount;
    for (let i = 0; i < dirtyCount; i++) queued[dirty[i]!] = 0;
  }
  return { values, settled: false, rounds };
}

/** σ(c) = C(τ(c), F(attackers), F(supporters)) from the given strengths of the claims it reads. */
function strengthFrom(board: TCompiledStrengthBoard, claim: number, values: Float64Array): number {
  let attackRest = 1;
  let supportRest = 1;
  for (let e = board.edgeStart[claim]!; e < board.edgeStart[claim + 1]!; e++) {
    let value = board.edgeWeight[e]!;
    for (let f = board.factorStart[e]!; f < board.factorStart[e + 1]!; f++) value *= values[board.factorClaim[f]!]!;
    for (let u = board.undercutStart[e]!; u < board.undercutStart[e + 1]!; u++) {
      value *= 1 - values[board.undercutClaim[u]!]!;
    }
    if (board.edgeSign[e]! > 0) supportRest *= 1 - value;
    else attackRest *= 1 - value;
  }
  return combine(board.baseScores[claim]!, 1 - attackRest, 1 - supportRest);
}
