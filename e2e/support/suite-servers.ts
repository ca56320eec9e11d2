// The suite's own servers: one production build served twice, each with a database of its own, so the specs
// that change the database run as two streams side by side instead of one. The second answers on another host
// name (localhost, the first on 127.0.0.1): cookies are kept per host, not per port, so one storage state per
// demo role holds a session for each server and each server only ever sees its own.

/** The first suite server's port; specs' own servers take the ports after it (support/servers.ts, specPort). */
export const SUITE_PORT = Number(process.env.E2E_PORT ?? 3100);

export type TSuiteServer = { name: string; url: string; port: number; database: string };

export const SUITE_SERVERS: readonly [TSuiteServer, TSuiteServer] = [
  { name: "first", url: `http://127.0.0.1:${SUITE_PORT}`, port: SUITE_PORT, database: "data/e2e.db" },
  // Offset 11: specs' own servers use specPort(1) to specPort(10).
  { name: "second", url: `http://localhost:${SUITE_PORT + 11}`, port: SUITE_PORT + 11, database: "data/e2e-second.db" },
];
