import { describe, expect, it } from "vitest";
import { pageContentSecurityPolicy } from "./content-security-policy";

function directives(policy: string): Map<string, string> {
  return new Map(policy.split("; ").map((part) => [part.split(" ")[0]!, part.slice(part.indexOf(" ") + 1)]));
}

describe("the pages' Content-Security-Policy", () => {
  it("lets scripts and style elements run only with the nonce, never inline handlers or eval, and forbids framing", () => {
    const policy = directives(pageContentSecurityPolicy("abc123==", { https: false }));
    expect(policy.get("script-src")).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy.get("script-src-attr")).toBe("'none'");
    expect(policy.get("style-src-elem")).toBe("'self' 'nonce-abc123=='");
    expect(policy.get("style-src-attr")).toBe("'unsafe-inline'");
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.get("object-src")).toBe("'none'");
    expect([...policy.values()].join(" ")).not.toMatch(/unsafe-eval/);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("upgrades insecure requests only over HTTPS", () => {
    expect(pageContentSecurityPolicy("n", { https: true })).toMatch(/; upgrade-insecure-requests$/);
  });
});
