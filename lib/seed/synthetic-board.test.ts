import { describe, expect, it } from "vitest";
import { CLAIM_KINDS, RELATION_TYPES, SOURCE_TYPES, STANCES, VERDICTS } from "../schemas/vocabulary";
import { generateSyntheticBoard, mulberry32, syntheticSeedKey } from "./synthetic-board";

describe("mulberry32", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const fromA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(fromA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(fromA);
    expect(fromA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("generateSyntheticBoard", () => {
  const board = generateSyntheticBoard({ claims: 1000, evidence: 1000, links: 3000 });

  it("has exactly the requested counts, and half as many relations as claims by default", () => {
    expect(board.claims).toHaveLength(1000);
    expect(board.evidence).toHaveLength(1000);
    expect(board.links).toHaveLength(3000);
    expect(board.relations).toHaveLength(500);
    expect(generateSyntheticBoard({ claims: 10, evidence: 4, links: 7, relations: 3 }).relations).toHaveLength(3);
  });

  it("names its seed key after its sizes and seed", () => {
    expect(board.seedKey).toBe("synthetic-1000-1000-3000-1");
    expect(syntheticSeedKey({ claims: 5, evidence: 6, links: 7, seed: 9 })).toBe("synthetic-5-6-7-9");
  });

  it("links each claim–evidence pair at most once, and relates each claim pair at most once without loops", () => {
    const pairs = new Set(board.links.map((link) => `${link.claim}|${link.evidence}`));
    expect(pairs.size).toBe(board.links.length);
    const relationPairs = new Set(board.relations.map((r) => `${r.from}|${r.to}`));
    expect(relationPairs.size).toBe(board.relations.length);
    expect(board.relations.every((r) => r.from !== r.to)).toBe(true);
  });

  it("leaves no claim or evidence without a link when there are enough links", () => {
    expect(new Set(board.links.map((l) => l.claim)).size).toBe(1000);
    expect(new Set(board.links.map((l) => l.evidence)).size).toBe(1000);
  });

  it("anchors every quote exactly once in the article, with selectors that resolve", () => {
    for (const claim of board.claims) {
      const { start, end, exact, prefix, suffix } = claim.selector;
      expect(board.text.slice(start, end)).toBe(exact);
      expect(exact).toBe(claim.quote);
      expect(board.text.indexOf(exact)).toBe(start);
      expect(board.text.indexOf(exact, start + 1)).toBe(-1);
      expect(board.text.slice(start - prefix.length, start)).toBe(prefix);
      expect(board.text.slice(end, end + suffix.length)).toBe(suffix);
    }
  });

  it("writes paragraphs one per line", () => {
    expect(board.text.trimEnd().split("\n")).toHaveLength(200);
  });

  it("is the same board for the same seed and a different one for another seed", () => {
    const again = generateSyntheticBoard({ claims: 1000, evidence: 1000, links: 3000 });
    expect(again).toEqual(board);
    const other = generateSyntheticBoard({ claims: 1000, evidence: 1000, links: 3000, seed: 2 });
    expect(other.seedKey).toBe("synthetic-1000-1000-3000-2");
    expect(other.links).not.toEqual(board.links);
  });

  it("varies verdicts, kinds, stances, relation types and source types over their whole vocabularies", () => {
    expect(new Set(board.claims.map((c) => c.verdict))).toEqual(new Set(VERDICTS));
    expect(new Set(board.claims.map((c) => c.kind))).toEqual(new Set(CLAIM_KINDS));
    expect(new Set(board.links.map((l) => l.stance))).toEqual(new Set(STANCES));
    expect(new Set(board.relations.map((r) => r.type))).toEqual(new Set(RELATION_TYPES));
    expect(new Set(board.evidence.map((e) => e.sourceType))).toEqual(new Set(SOURCE_TYPES));
    expect(board.claims.filter((c) => c.verdict === "opinion").every((c) => !c.checkable)).toBe(true);
  });

  it("makes evidence obviously synthetic, without URLs", () => {
    expect(board.evidence[16]!.title).toBe("Synthetic source 17");
    expect(board.evidence.every((e) => e.url === null && e.title.startsWith("Synthetic source "))).toBe(true);
  });

  it("can link every pair (dense) and spread links uniformly", () => {
    const dense = generateSyntheticBoard({ claims: 6, evidence: 5, links: 30, relations: 15 });
    expect(new Set(dense.links.map((l) => `${l.claim}|${l.evidence}`)).size).toBe(30);
    expect(new Set(dense.relations.map((r) => `${r.from}|${r.to}`)).size).toBe(15);
    const uniform = generateSyntheticBoard({ claims: 200, evidence: 200, links: 600, locality: Infinity });
    expect(new Set(uniform.links.map((l) => `${l.claim}|${l.evidence}`)).size).toBe(600);
  });

  it("handles an empty board", () => {
    const empty = generateSyntheticBoard({ claims: 0, evidence: 0, links: 0 });
    expect(empty.claims).toEqual([]);
    expect(empty.text.length).toBeGreaterThan(0);
  });

  it("refuses more links than claim–evidence pairs, and impossible relation counts", () => {
    expect(() => generateSyntheticBoard({ claims: 3, evidence: 4, links: 13 })).toThrow(/links \(13\) cannot exceed claims × evidence/);
    expect(() => generateSyntheticBoard({ claims: 3, evidence: 4, links: 12, relations: 4 })).toThrow(/relations \(4\) cannot exceed 3/);
    expect(() => generateSyntheticBoard({ claims: -1, evidence: 4, links: 0 })).toThrow(/claims must be a whole number/);
  });
});
