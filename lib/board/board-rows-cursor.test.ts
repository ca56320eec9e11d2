import { describe, expect, it } from "vitest";
import { decodeBoardRowsCursor, encodeBoardRowsCursor } from "./board-rows-cursor";

describe("the rows cursor", () => {
  it("carries the last row's sort key and id, per table", () => {
    const claim = { positionStart: 12, positionEnd: 40, id: "claim-1" };
    expect(decodeBoardRowsCursor("claims", encodeBoardRowsCursor("claims", claim))).toEqual(claim);
    const link = { createdAt: 1_764_633_600_123, id: "link-1" };
    expect(decodeBoardRowsCursor("links", encodeBoardRowsCursor("links", link))).toEqual(link);
    expect(decodeBoardRowsCursor("positions", encodeBoardRowsCursor("positions", { nodeId: "n" }))).toEqual({ nodeId: "n" });
  });

  it("is refused for another table, or when it is not one this API gave", () => {
    expect(decodeBoardRowsCursor("claims", encodeBoardRowsCursor("links", { createdAt: 1, id: "x" }))).toBeNull();
    expect(decodeBoardRowsCursor("links", "not a cursor")).toBeNull();
    expect(decodeBoardRowsCursor("links", Buffer.from('{"table":"links","key":{"createdAt":1.5,"id":"x"}}').toString("base64url"))).toBeNull();
    expect(decodeBoardRowsCursor("links", Buffer.from('{"table":"links","key":{"createdAt":1,"id":"x","more":1}}').toString("base64url"))).toBeNull();
  });
});
