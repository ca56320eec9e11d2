import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sourceFingerprint } from "./production-build.mjs";

describe("the production build's fingerprint", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("differs for the benchmark's build (CLAIMGRAPH_BENCH=1), so npm start after npm run bench rebuilds without the bench pages", () => {
    root = mkdtempSync(join(tmpdir(), "claimgraph-fingerprint-"));
    mkdirSync(join(root, "app", "bench"), { recursive: true });
    writeFileSync(join(root, "app", "page.tsx"), "export default function Home() { return null; }\n");
    writeFileSync(join(root, "app", "bench", "page.bench.tsx"), "export default function Bench() { return null; }\n");
    const plain = sourceFingerprint(root, {});
    expect(sourceFingerprint(root, { CLAIMGRAPH_BENCH: "0" })).toBe(plain);
    const bench = sourceFingerprint(root, { CLAIMGRAPH_BENCH: "1" });
    expect(bench).not.toBe(plain);
    writeFileSync(join(root, "app", "page.tsx"), "export default function Home() { return 1; }\n");
    expect(sourceFingerprint(root, {})).not.toBe(plain);
  });
});
