import { describe, expect, it } from "vitest";
import { orderSelfReferences } from "./order-self-references";
import { parseSchemaModels } from "./schema-models";

const [comment] = parseSchemaModels(`
model Comment {
  id       String    @id
  parentId String?
  parent   Comment?  @relation("replies", fields: [parentId], references: [id])
  replies  Comment[] @relation("replies")
}
`);

describe("orderSelfReferences", () => {
  it("puts each row after the row it points at, keeping the order otherwise", () => {
    const rows = [["c", "b"], ["a", null], ["d", null], ["b", "a"], ["e", "c"]];
    const ids = orderSelfReferences(comment!, rows).map((row) => row[0]);
    expect(ids).toHaveLength(5);
    for (const [id, parent] of rows) if (parent) expect(ids.indexOf(parent)).toBeLessThan(ids.indexOf(id));
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("handles a reply chain 30,000 deep (more than a recursive walk survives)", () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [`n${i}`, i === 29_999 ? null : `n${i + 1}`]);
    const ordered = orderSelfReferences(comment!, rows);
    expect(ordered[0]).toEqual(["n29999", null]);
    expect(ordered.at(-1)).toEqual(["n0", "n1"]);
  });

  it("leaves a row pointing at a missing parent, or at itself, in place for the database to judge", () => {
    expect(orderSelfReferences(comment!, [["x", "missing"], ["y", "y"]])).toEqual([["x", "missing"], ["y", "y"]]);
  });
});
