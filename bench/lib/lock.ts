import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Two runs at once would rebuild .next under each other's server; the second one stops. */
export function takeLock(root: string, resultsDir: string): () => void {
  const file = join(resultsDir, ".bench.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(readFileSync(file, "utf8"));
      let alive = false;
      try {
        alive = Number.isInteger(pid) && pid > 0 && process.kill(pid, 0);
      } catch {
        alive = false;
      }
      if (alive) throw new Error(`Another benchmark run (pid ${pid}) is in progress; wait for it to finish.`);
      rmSync(file, { force: true }); // left by a run that died
    }
  }
  throw new Error(`Could not take the benchmark lock ${relative(root, file)}.`);
}
