// CPU time of a server and everything it started (its process group), from /proc: Linux only.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  clockTicks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  return clockTicks;
}

/** User plus system CPU seconds used so far by every process in the process group `pgid`. */
export function processGroupCpuSeconds(pgid: number): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // The command name (field 2) may hold spaces and parentheses: the fields after its last ")" are fixed.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== pgid) continue; // field 5, pgrp
    ticks += Number(fields[11]) + Number(fields[12]); // fields 14 and 15, utime and stime
  }
  return ticks / ticksPerSecond();
}

/** The share of one core the process group used over `windowMs` from now. */
export async function processGroupCpuShare(pgid: number, windowMs: number): Promise<number> {
  const before = processGroupCpuSeconds(pgid);
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const elapsed = (performance.now() - started) / 1000;
  return (processGroupCpuSeconds(pgid) - before) / elapsed;
}

/**
 * How long the main threads of the process group `pgid` have run, and waited runnable for a core, so far
 * (/proc/<pid>/task/<pid>/schedstat), in ms. On a shared machine the wait is the time lost to other work.
 */
export function processGroupMainThreadSchedule(pgid: number): { ranMs: number; queuedMs: number } {
  let ranNs = 0;
  let queuedNs = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== pgid) continue;
      const [ran, queued] = readFileSync(`/proc/${entry}/task/${entry}/schedstat`, "utf8").split(" ").map(Number);
      ranNs += ran ?? 0;
      queuedNs += queued ?? 0;
    } catch {
      continue; // gone meanwhile, or no schedstat on this kernel
    }
  }
  return { ranMs: ranNs / 1e6, queuedMs: queuedNs / 1e6 };
}
