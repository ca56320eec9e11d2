import { describe, expect, it } from "vitest";
import { filterKey, graphFilterSearch, isFilterActive, parseFilterKey, parseGraphFilter, toggleValue } from "./graph-filter";
import { VERDICTS } from "@/lib/schemas/vocabulary";

describe("graph filter in the address", () => {
  it("reads comma lists, in vocabulary order, ignoring unknown values and duplicates", () => {
    expect(parseGraphFilter("false,disputed,nonsense,false", "quantity")).toEqual({
      verdicts: ["disputed", "false"],
      kinds: ["quantity"],
    });
    expect(parseGraphFilter(null, "")).toEqual({ verdicts: [], kinds: [] });
  });

  it("writes the filter into the query, keeping other parameters and readable commas", () => {
    expect(graphFilterSearch("a=1&verdict=false", { verdicts: ["false", "disputed"], kinds: ["quantity"] })).toBe(
      "?a=1&verdict=disputed,false&kind=quantity",
    );
    expect(graphFilterSearch("verdict=false&kind=other", { verdicts: [], kinds: [] })).toBe("");
    expect(graphFilterSearch("a=1", { verdicts: [], kinds: [] })).toBe("?a=1");
  });

  it("round-trips through a key", () => {
    const filter = { verdicts: ["misleading" as const], kinds: ["prediction" as const, "quantity" as const] };
    expect(parseFilterKey(filterKey(filter))).toEqual({ verdicts: ["misleading"], kinds: ["quantity", "prediction"] });
    expect(filterKey({ verdicts: [], kinds: [] })).toBe("");
  });

  it("knows when a filter is on", () => {
    expect(isFilterActive({ verdicts: [], kinds: [] })).toBe(false);
    expect(isFilterActive({ verdicts: ["false"], kinds: [] })).toBe(true);
  });

  it("toggles one value, keeping vocabulary order", () => {
    expect(toggleValue(["false"], "verified", true, VERDICTS)).toEqual(["verified", "false"]);
    expect(toggleValue(["verified", "false"], "verified", false, VERDICTS)).toEqual(["false"]);
  });
});
