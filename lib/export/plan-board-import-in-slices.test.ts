import { describe, expect, it } from "vitest";
import { generateSyntheticBoard } from "../seed/synthetic-board";
import { boardPlanToExport } from "./board-plan-to-export";
import { planBoardImport, planBoardImportInSlices } from "./plan-board-import";

const exported = () => boardPlanToExport(generateSyntheticBoard({ claims: 250, evidence: 120, links: 400, relations: 60, seed: 5 }));

describe("planBoardImportInSlices", () => {
  it("plans a file as planBoardImport does, pausing after each slice and reporting the rows checked", async () => {
    let pauses = 0;
    const progress: number[] = [];
    const sliced = await planBoardImportInSlices(exported(), {
      sliceSize: 100,
      // The checks after the rows pause only once a slice has run this long: none here.
      sliceMs: Number.POSITIVE_INFINITY,
      pause: async () => void (pauses += 1),
      onProgress: ({ rowsChecked, rowsTotal }) => {
        expect(rowsTotal).toBe(830);
        progress.push(rowsChecked);
      },
    });
    expect(sliced).toEqual(planBoardImport(exported()));
    // claims 3 slices, evidence 2, links 4, relations 1.
    expect(pauses).toBe(10);
    expect(progress).toEqual([100, 200, 250, 350, 370, 470, 570, 670, 770, 830]);
  });

  it("pauses within the checks across rows too, with the same answer", async () => {
    let pauses = 0;
    const sliced = await planBoardImportInSlices(exported(), { sliceSize: 1_000, sliceMs: 0, pause: async () => void (pauses += 1) });
    expect(sliced).toEqual(planBoardImport(exported()));
    // 4 slices of rows, then at least a pause per claim, evidence item, link and relation checked.
    expect(pauses).toBeGreaterThan(4 + 830);
  });

  it("names a bad row by its table and index, as planBoardImport does", async () => {
    const file = exported() as unknown as { claims: Record<string, unknown>[]; links: Record<string, unknown>[] };
    file.claims[240]!.checkable = "yes";
    file.links[399]!.strength = 2.5;
    const sliced = await planBoardImportInSlices(file, { sliceSize: 100, pause: async () => {} });
    expect(sliced).toEqual(planBoardImport(file));
    expect(sliced.ok === false && sliced.problems).toEqual([
      expect.stringMatching(/^claims\.240\.checkable: /),
      expect.stringMatching(/^links\.399\.strength: /),
    ]);
  });

  it("refuses what is not an export before reading any row", async () => {
    const sliced = await planBoardImportInSlices({ ...exported(), format: "something.else" }, { pause: async () => {} });
    expect(sliced.ok).toBe(false);
    expect(await planBoardImportInSlices("not an object", { pause: async () => {} })).toEqual(planBoardImport("not an object"));
  });
});
