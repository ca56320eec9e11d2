// Reads a V8 CPU profile written by `node --cpu-prof` (a server under load): where its time went,
// by package and by function, self and total (inclusive) time.
import { readFileSync } from "node:fs";
import { round } from "./stats";

type TCallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type TNode = { id: number; callFrame: TCallFrame; children?: number[] };
type TProfile = { nodes: TNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export type TNodeProfileSummary = {
  file: string;
  totalMs: number;
  /** Share of the profile's wall time spent running JavaScript (or native code it called), not idle. */
  busyShare: number;
  byPackage: { name: string; selfMs: number; share: number }[];
  topSelf: { name: string; selfMs: number; share: number }[];
  topTotal: { name: string; totalMs: number; share: number }[];
};

/** node_modules/<package>, a build chunk, node's own code, or what V8 names itself (GC, idle, program). */
function packageOf(url: string, functionName: string): string {
  if (!url) return `(${functionName || "native"})`;
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  if (url.startsWith("node:")) return "node (core)";
  const generated = /lib\/db\/generated\//.exec(url);
  if (generated) return "prisma generated client";
  const chunk = /\.next\/server\/(.*)$/.exec(url);
  if (chunk) return `.next/server (app and bundled libraries)`;
  return url.replace(/^file:\/\//, "").replace(process.cwd(), ".");
}

function frameName(frame: TCallFrame): string {
  const where = frame.url ? frame.url.replace(/^file:\/\//, "").replace(process.cwd(), ".").replace(/^.*node_modules\//, "") : "";
  return `${frame.functionName || "(anonymous)"}${where ? ` ${where}:${frame.lineNumber + 1}` : ""}`;
}

export function summariseNodeProfile(file: string, top = 25): TNodeProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as TProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, profile.timeDeltas[i] ?? 0)));
  const totalUs = [...selfUs.values()].reduce((s, v) => s + v, 0);
  let idleUs = 0;
  const byPackage = new Map<string, number>();
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === "(idle)") idleUs += us;
    const pkg = packageOf(frame.url, frame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const name = frameName(frame);
    self.set(name, (self.get(name) ?? 0) + us);
    // Total time: every distinct function on the stack, once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const onStack = frameName(byId.get(at)!.callFrame);
      if (seen.has(onStack)) continue;
      seen.add(onStack);
      total.set(onStack, (total.get(onStack) ?? 0) + us);
    }
  }
  const busyUs = totalUs - idleUs;
  const share = (us: number) => round(us / Math.max(1, busyUs), 3);
  const sorted = (map: Map<string, number>) => [...map].filter(([name]) => name !== "(idle)" && name !== "(root)").sort((a, b) => b[1] - a[1]);
  return {
    file,
    totalMs: round(totalUs / 1000),
    busyShare: round(busyUs / Math.max(1, totalUs), 3),
    byPackage: sorted(byPackage).slice(0, top).map(([name, us]) => ({ name, selfMs: round(us / 1000), share: share(us) })),
    topSelf: sorted(self).slice(0, top).map(([name, us]) => ({ name, selfMs: round(us / 1000), share: share(us) })),
    topTotal: sorted(total).slice(0, top).map(([name, us]) => ({ name, totalMs: round(us / 1000), share: share(us) })),
  };
}
