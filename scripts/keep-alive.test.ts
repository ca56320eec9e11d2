import { describe, expect, it } from "vitest";
import { DEFAULT_KEEP_ALIVE_SECONDS, parseKeepAliveSeconds } from "./keep-alive.mjs";

describe("parseKeepAliveSeconds", () => {
  it("defaults to longer than the 60 s idle timeout of common proxies and load balancers", () => {
    expect(DEFAULT_KEEP_ALIVE_SECONDS).toBeGreaterThan(60);
    expect(parseKeepAliveSeconds(undefined)).toBe(DEFAULT_KEEP_ALIVE_SECONDS);
    expect(parseKeepAliveSeconds("  ")).toBe(DEFAULT_KEEP_ALIVE_SECONDS);
  });

  it("takes a whole number of seconds from 1 to 3600", () => {
    expect(parseKeepAliveSeconds("1")).toBe(1);
    expect(parseKeepAliveSeconds(" 620 ")).toBe(620);
    expect(parseKeepAliveSeconds("3600")).toBe(3600);
  });

  it.each(["0", "3601", "-5", "1.5", "65s", "1e2", "0x10", "sixty", "６５"])("refuses %j, naming the variable", (value) => {
    expect(() => parseKeepAliveSeconds(value)).toThrow(/CLAIMGRAPH_KEEP_ALIVE_SECONDS must be a whole number of seconds from 1 to 3600/);
  });
});
