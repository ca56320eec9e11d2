// Run by scripts/start.mjs on a worker thread, while the main thread loads Next.js: whether the production build is
// current (a hash of the sources) and whether the database is ready (see database-ready.mjs). The worker's
// environment is the one `npm start` was given.
import { parentPort, workerData } from "node:worker_threads";
import { isDatabaseReady } from "./database-ready.mjs";
import { isProductionBuildCurrent } from "./production-build.mjs";

const buildCurrent = isProductionBuildCurrent(workerData.root);
parentPort.postMessage({ buildCurrent, databaseReady: await isDatabaseReady({ migrationsDir: `${workerData.root}/prisma/migrations` }) });
