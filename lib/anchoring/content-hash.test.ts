import { describe, expect, it } from "vitest";
import { contentHash } from "./content-hash";

describe("contentHash", () => {
  it("is SHA-256 as lowercase hex", () => {
    expect(contentHash("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("hashes the UTF-8 bytes, so differently normalised text differs", () => {
    expect(contentHash("caf\u00e9")).not.toBe(contentHash("cafe\u0301"));
    expect(contentHash("caf\u00e9")).toMatch(/^[0-9a-f]{64}$/);
  });
});
