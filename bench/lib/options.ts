// Command-line options of npm run bench, shared by every scenario.
import { join } from "node:path";
import { parseArgs } from "node:util";

export type TBenchOptions = {
  /** Page loads per page after the warm-up. */
  runs: number;
  /** The app's port; scenarios' own servers take the next nine (see TBenchContext.port). */
  port: number;
  rebuild: boolean;
  skipBuild: boolean;
  profile: boolean;
  keepDb: boolean;
  /** Scenario names to run (--only, repeatable or comma-separated); empty: all. */
  only: string[];
  help: boolean;
};

export const ROOT = process.cwd();
export const RESULTS_DIR = join(ROOT, "bench", "results");
export const DIST_DIR = ".next";

export const USAGE =
  "npm run bench [-- --runs N] [--port N] [--rebuild | --skip-build] [--profile] [--keep-db] [--only <scenario>[,<scenario>…]]\nSee bench/README.md.";

export function readBenchOptions(argv = process.argv.slice(2)): TBenchOptions {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      runs: { type: "string", default: "5" },
      port: { type: "string", default: process.env.BENCH_PORT ?? "4300" },
      rebuild: { type: "boolean", default: false },
      "skip-build": { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      "keep-db": { type: "boolean", default: false },
      only: { type: "string", multiple: true, default: [] },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const runs = Number(args.runs);
  const port = Number(args.port);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1 (got ${args.runs})`);
  if (!Number.isInteger(port) || port < 1 || port > 65535 - 9) throw new Error(`--port must be a port number (got ${args.port})`);
  return {
    runs,
    port,
    rebuild: Boolean(args.rebuild),
    skipBuild: Boolean(args["skip-build"]),
    profile: Boolean(args.profile),
    keepDb: Boolean(args["keep-db"]),
    only: args.only.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean),
    help: Boolean(args.help),
  };
}
