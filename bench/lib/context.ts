// The shared pieces scenarios ask for (build, app server, browser), each made once, on first use.
import type { Browser } from "@playwright/test";
import { rmSync } from "node:fs";
import { relative, resolve } from "node:path";
import { buildApp, startServer, stopServer, type TBuildResult } from "./app-server";
import { graphSize, prepareDatabase } from "./bench-database";
import { ROOT, type TBenchOptions } from "./options";
import { launchBrowser } from "./page-load";
import { log } from "./report";
import { ms } from "./stats";
import type { TBenchApp, TBenchContext } from "./scenario";

/** The environment the app server gets in the benchmark: production, on the given database. */
export function benchServerEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    CLAIMGRAPH_BENCH: "1",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

export type TBenchRun = TBenchContext & {
  /** What was made during the run, for the report's header. */
  made(): { build?: TBuildResult; app?: TBenchApp; browserVersion?: string };
  /** Runs the clean-ups, newest first. */
  close(): Promise<void>;
};

export function createBenchContext(options: TBenchOptions, stamp: string): TBenchRun {
  const cleanups: (() => unknown)[] = [];
  const defer = (cleanup: () => unknown) => void cleanups.push(cleanup);
  let builtResult: TBuildResult | undefined;
  let appResult: TBenchApp | undefined;
  let browserResult: Browser | undefined;

  const build = once(async () => (builtResult = await buildApp(options)));

  const app = once(async (): Promise<TBenchApp> => {
    const dbFile = resolve(ROOT, "data", `bench-${stamp}.db`);
    const databaseUrl = `file:${dbFile}`;
    defer(() => {
      if (!options.keepDb) for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${dbFile}${suffix}`, { force: true });
      else log(`Kept the database ${relative(ROOT, dbFile)} (--keep-db).`);
    });
    log(`Database ${relative(ROOT, dbFile)}: migrating and seeding …`);
    const boards = await prepareDatabase(databaseUrl);
    log(
      `Seeded the Basra board (${boards.basra.id}) and ${boards.synthetic.plan.seedKey} (${boards.synthetic.id}): generated in ${ms(boards.generatedMs)}, imported in ${ms(boards.importMs)}.`,
    );
    const graphs = {
      synthetic: graphSize(boards.synthetic.plan),
      basra: graphSize(boards.basra.plan),
      small: graphSize(boards.small.plan),
      large: graphSize(boards.large.plan),
    };
    await build();
    const base = `http://127.0.0.1:${options.port}`;
    log(`Starting the app server (scripts/serve.mjs) on ${base} …`);
    const { child } = await startServer({
      port: options.port,
      env: benchServerEnv(databaseUrl),
      logName: "server.log",
      probePath: "/bench/bare-react-flow?nodes=1&edges=0",
      probeHint: "is CLAIMGRAPH_BENCH=1 reaching it, and was the build made with CLAIMGRAPH_BENCH=1 (not a plain npm run build, which leaves the bare page out)?",
    });
    defer(() => stopServer(child));
    return (appResult = { base, databaseUrl, boards, graphs });
  });

  const browser = once(async () => {
    const launched = await launchBrowser();
    defer(() => launched.close().catch(() => undefined));
    return (browserResult = launched);
  });

  return {
    options,
    build,
    app,
    browser,
    port(offset) {
      if (!Number.isInteger(offset) || offset < 1 || offset > 9) throw new Error(`Spare ports are --port + 1 … + 9 (asked for + ${offset}).`);
      return options.port + offset;
    },
    defer,
    made: () => ({ build: builtResult, app: appResult, browserVersion: browserResult?.version() }),
    async close() {
      for (const cleanup of cleanups.reverse()) {
        try {
          await cleanup();
        } catch (error) {
          log(`A clean-up failed: ${(error as Error).message}`);
        }
      }
    },
  };
}
