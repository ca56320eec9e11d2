import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { currentSourceFingerprint, fingerprintSources, sourceFingerprint } from "./source-fingerprint.mjs";

describe("the source fingerprint's kept hashes", () => {
  let root: string;
  const page = () => join(root, "app", "page.tsx");
  const later = () => Date.now() + 60_000; // as if the files were last changed long before this run
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "claimgraph-source-hashes-"));
    mkdirSync(join(root, "app"), { recursive: true });
    mkdirSync(join(root, ".next"));
    writeFileSync(page(), "export default function Home() { return 1; }\n");
    writeFileSync(join(root, "proxy.ts"), "export {};\n");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("gives the fingerprint a full read gives, with or without kept hashes", () => {
    const { fingerprint, keep } = fingerprintSources(root, { env: {}, now: later() });
    expect(fingerprint).toBe(sourceFingerprint(root, {}));
    expect(fingerprintSources(root, { env: {}, known: keep }).fingerprint).toBe(fingerprint);
  });

  it("reads a file again when it changed, even to content of the same size with its old mtime put back", () => {
    const { fingerprint, keep } = fingerprintSources(root, { env: {}, now: later() });
    const { atime, mtime } = statSync(page());
    writeFileSync(page(), "export default function Home() { return 2; }\n");
    utimesSync(page(), atime, mtime);
    const after = fingerprintSources(root, { env: {}, known: keep });
    expect(after.fingerprint).not.toBe(fingerprint);
    expect(after.fingerprint).toBe(sourceFingerprint(root, {}));
  });

  it("notices a new file and a removed one", () => {
    const { fingerprint, keep } = fingerprintSources(root, { env: {}, now: later() });
    writeFileSync(join(root, "app", "layout.tsx"), "export {};\n");
    const added = fingerprintSources(root, { env: {}, known: keep }).fingerprint;
    expect(added).not.toBe(fingerprint);
    rmSync(join(root, "app", "layout.tsx"));
    rmSync(join(root, "proxy.ts"));
    const removed = fingerprintSources(root, { env: {}, known: keep }).fingerprint;
    expect(removed).not.toBe(fingerprint);
    expect(removed).toBe(sourceFingerprint(root, {}));
  });

  it("keeps no hash of a file changed just now, so a same-tick rewrite is never taken for the old content", () => {
    const { keep } = fingerprintSources(root, { env: {} });
    expect(keep.has("/app/page.tsx")).toBe(false);
  });

  it("saves the hashes under .next for the next start, and the next start agrees", () => {
    const first = currentSourceFingerprint(root, {});
    first.save();
    expect(JSON.parse(readFileSync(join(root, ".next", "claimgraph-source-hashes.json"), "utf8")).version).toBe(1);
    expect(currentSourceFingerprint(root, {}).fingerprint).toBe(first.fingerprint);
  });
});
