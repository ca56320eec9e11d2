// Resident memory of a server and everything it started (its process group), from /proc: Linux only.
import { readdirSync, readFileSync } from "node:fs";

/** Resident memory (MB) of every process in the process group `pgid`. */
export function processGroupRssMb(pgid: number): number {
  let kb = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name (field 2) may hold spaces and parentheses: the fields after its last ")" are fixed.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue; // field 5, pgrp
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"));
      if (match) kb += Number(match[1]);
    } catch {
      // The process ended while we looked.
    }
  }
  return Math.round(kb / 1024);
}
