// The fingerprint of the production build's inputs: a hash of every source file's path and content. Reading and
// hashing every file on each `npm start` cost a few hundred ms, so each file's hash is kept beside the build
// (.next/claimgraph-source-hashes.json) with the file's size, inode, mtime and ctime, and read again only when one of
// those changed. ctime can't be set back by tools that keep mtimes (cp -p, rsync -a, tar), and a hash taken within
// RECENT_MS of the file's last change is not kept, so a write in the same timestamp tick is never missed.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.ts", "proxy.ts", "instrumentation-client.ts", "tsconfig.json", "package-lock.json"];
const HASHES_FILE = join(".next", "claimgraph-source-hashes.json");
const HASHES_VERSION = 1;
const RECENT_MS = 2_000;

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name === "generated" || entry.name === "node_modules") continue;
    const child = join(path, entry.name);
    if (entry.isFile()) yield child;
    else if (entry.isDirectory() || entry.isSymbolicLink()) yield* files(child);
  }
}

// CLAIMGRAPH_BENCH=1 at build time makes a build with the benchmark's own pages (next.config.ts), so it is a
// different build from the same sources: `npm start` after `npm run bench` rebuilds, and the other way round.
const isBenchBuild = (env) => env.CLAIMGRAPH_BENCH === "1";

const stamp = (stats) => `${stats.size}:${stats.ino}:${stats.mtimeMs}:${stats.ctimeMs}`;

/**
 * A hash of the build's inputs under root, and of whether it is the benchmark's build. `known` maps a file's path
 * (relative to root) to { stamp, hash } from an earlier run; the files whose stamp still matches are not read again.
 * Returns the fingerprint and the entries worth keeping for the next run (files unchanged for RECENT_MS before `now`).
 */
export function fingerprintSources(root, { env = process.env, known = new Map(), now = Date.now() } = {}) {
  const fingerprint = createHash("sha256");
  fingerprint.update(isBenchBuild(env) ? "bench build\n" : "production build\n");
  const keep = new Map();
  for (const input of BUILD_INPUTS) {
    for (const file of files(join(root, input))) {
      if (/\.test\.tsx?$/.test(file)) continue;
      const path = file.slice(root.length);
      const stats = statSync(file);
      const before = known.get(path);
      const hash = before && before.stamp === stamp(stats) ? before.hash : createHash("sha256").update(readFileSync(file)).digest("hex");
      if (now - Math.max(stats.mtimeMs, stats.ctimeMs) > RECENT_MS) keep.set(path, { stamp: stamp(stats), hash });
      fingerprint.update(`${path}\0${hash}\n`);
    }
  }
  return { fingerprint: fingerprint.digest("hex"), keep };
}

/** The fingerprint of the build's inputs under root (see fingerprintSources), reading every file. */
export function sourceFingerprint(root, env = process.env) {
  return fingerprintSources(root, { env }).fingerprint;
}

function readKnownHashes(root) {
  try {
    const saved = JSON.parse(readFileSync(join(root, HASHES_FILE), "utf8"));
    if (saved?.version !== HASHES_VERSION || typeof saved.files !== "object") return new Map();
    return new Map(Object.entries(saved.files));
  } catch {
    return new Map();
  }
}

/**
 * The fingerprint, reading only the files changed since the hashes kept under .next were taken, and a save() that
 * keeps this run's hashes there (call it once .next exists, after a build if one ran: `next build` empties .next).
 */
export function currentSourceFingerprint(root, env = process.env) {
  const known = readKnownHashes(root);
  const { fingerprint, keep } = fingerprintSources(root, { env, known });
  const unchanged = keep.size === known.size && [...keep].every(([path, entry]) => known.get(path)?.stamp === entry.stamp);
  const save = () => {
    if (unchanged && existsSync(join(root, HASHES_FILE))) return;
    try {
      writeFileSync(join(root, HASHES_FILE), JSON.stringify({ version: HASHES_VERSION, files: Object.fromEntries(keep) }));
    } catch {
      // Only a cache: the next start reads the files again.
    }
  };
  return { fingerprint, save };
}
