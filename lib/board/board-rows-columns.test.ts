import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testClaim, testLink } from "../testing/test-board";
import type { TBoardRowsPage } from "./board-rows";
import { fromColumnRowsPage, toColumnRowsPage } from "./board-rows-columns";

/** What the browser gets: the page as JSON, parsed. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("rows pages as columns", () => {
  it("carry a claims page exactly, nested selector and nulls included, in less JSON", () => {
    const claims = [testClaim("c1", "false"), testClaim("c2"), { ...testClaim("c3"), assigneeId: "u1", dueOn: "2026-12-31" }];
    const page: TBoardRowsPage<"claims"> = { table: "claims", rows: claims, total: 9, nextCursor: "next" };
    const columns = overTheWire(toColumnRowsPage(page));
    expect(columns.columns).toEqual(Object.keys(claims[0]!));
    expect(fromColumnRowsPage(columns)).toEqual(overTheWire(page));
    expect(JSON.stringify(columns).length).toBeLessThan(JSON.stringify(page).length * 0.8);
  });

  it("carry an empty last page", () => {
    const page: TBoardRowsPage<"links"> = { table: "links", rows: [], total: 0, nextCursor: null };
    expect(fromColumnRowsPage(overTheWire(toColumnRowsPage(page)))).toEqual(page);
  });

  it("round-trip any rows that share their keys, whatever the values", () => {
    const json = fc.jsonValue();
    const rows = fc.array(fc.record({ id: fc.string(), a: json, b: fc.option(fc.string()), "weird key \u{1F600}": json }), { maxLength: 20 });
    fc.assert(
      fc.property(rows, (generated) => {
        const page = overTheWire({ table: "links", rows: generated, total: generated.length, nextCursor: null }) as unknown as TBoardRowsPage<"links">;
        expect(fromColumnRowsPage(overTheWire(toColumnRowsPage(page)))).toEqual(page);
      }),
    );
    expect(fromColumnRowsPage(toColumnRowsPage({ table: "links", rows: [testLink("l1", "e1", "c1", "supports")], total: 1, nextCursor: null })).rows).toEqual([
      testLink("l1", "e1", "c1", "supports"),
    ]);
  });
});
