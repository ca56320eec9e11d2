import { describe, expect, it } from "vitest";
import { configuredOrigin, publicOrigin } from "./public-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("publicOrigin", () => {
  it("prefers the configured public URL, reduced to its origin", () => {
    expect(publicOrigin("https://claims.example.org/some/path/", headers({ host: "localhost:3000" }))).toBe("https://claims.example.org");
    expect(configuredOrigin("  http://10.0.0.5:8080  ")).toBe("http://10.0.0.5:8080");
  });

  it("ignores a configured value that is not an http(s) URL", () => {
    expect(configuredOrigin("claims.example.org")).toBeNull();
    expect(configuredOrigin("javascript:alert(1)")).toBeNull();
    expect(configuredOrigin("")).toBeNull();
  });

  it("otherwise uses the host the request was sent to, and the forwarded host and protocol a trusted proxy left", () => {
    expect(publicOrigin(undefined, headers({ host: "Claims.Example.org" }))).toBe("http://claims.example.org");
    expect(publicOrigin(undefined, headers({ host: "10.0.0.2:3000", "x-forwarded-host": "news.example", "x-forwarded-proto": "https" }))).toBe("https://news.example");
    expect(publicOrigin("", headers({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });

  it("gives null for no host or a malformed one, never a made-up address", () => {
    expect(publicOrigin(undefined, headers({}))).toBeNull();
    expect(publicOrigin(undefined, headers({ host: "evil.example/path?x" }))).toBeNull();
    expect(publicOrigin(undefined, headers({ host: "a b" }))).toBeNull();
  });
});
