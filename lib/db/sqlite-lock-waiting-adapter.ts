// The better-sqlite3 driver adapter, made to wait for another process's write
// lock (a second instance, `db:seed`, a backup tool) instead of failing at once.
//
// Why the stock adapter fails: it opens every transaction with a deferred
// BEGIN, so the data layer's first read takes a read lock and its first write
// must upgrade it. SQLite refuses that upgrade with SQLITE_BUSY at once,
// without calling the busy handler (waiting could deadlock), so better-sqlite3's
// `timeout` never applies; and where it does apply, it waits by blocking the
// event loop. Here every transaction starts with BEGIN IMMEDIATE, retried
// asynchronously until a deadline; autocommit statements are retried the same
// way; and a COMMIT that stays busy is rolled back, so the shared connection is
// never left inside a transaction (prisma/orm#29933).
//
// There is one connection, so a statement sent outside a transaction while
// another request's transaction is open would run inside it and vanish with
// its rollback. Standalone statements therefore take the same turn as
// transactions. The cost: code must never await the outer client inside a
// $transaction callback (it would wait for its own transaction's turn); lib/
// and app/ use only the callback's `tx`.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import { Mutex } from "async-mutex";
import { isSqliteBusyError } from "./database-busy";

const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 50;

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` until it is not refused as busy, or the deadline has passed (then the last refusal is thrown). */
async function untilNotBusy<T>(attempt: () => Promise<T>, deadline: number): Promise<T> {
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    try {
      return await attempt();
    } catch (error) {
      const left = deadline - Date.now();
      if (!isSqliteBusyError(error) || left <= 0) throw error;
      await sleep(Math.min(pause, left));
    }
  }
}

class ImmediateTransaction implements Transaction {
  readonly options = { usePhantomQuery: false };
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  #released = false;

  constructor(
    private readonly connection: SqlDriverAdapter,
    private readonly release: () => void,
    private readonly lockWaitMs: number,
  ) {
    this.adapterName = connection.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.connection.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    // Prisma ends a transaction by sending COMMIT or ROLLBACK here, then calling commit()/rollback().
    if (query.sql === "COMMIT" || query.sql === "ROLLBACK") return this.#end(query);
    return this.connection.executeRaw(query);
  }

  async #end(query: SqlQuery): Promise<number> {
    try {
      // A busy COMMIT (rollback-journal mode, while another process reads) may be retried.
      return await untilNotBusy(() => this.connection.executeRaw(query), Date.now() + this.lockWaitMs);
    } catch (error) {
      // SQLite keeps the transaction open after a failed COMMIT, and Prisma does
      // not call commit() after one: roll back and free the connection here.
      await this.connection.executeRaw(statement("ROLLBACK")).catch(() => undefined);
      this.#release();
      throw error;
    }
  }

  commit(): Promise<void> {
    this.#release();
    return Promise.resolve();
  }

  rollback(): Promise<void> {
    this.#release();
    return Promise.resolve();
  }

  #release() {
    if (this.#released) return;
    this.#released = true;
    this.release();
  }
}

class LockWaitingSqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  // One connection: transactions take turns on it.
  readonly #turns = new Mutex();

  constructor(
    private readonly connection: SqlDriverAdapter,
    private readonly lockWaitMs: number,
  ) {
    this.adapterName = connection.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.#inTurn((deadline) => untilNotBusy(() => this.connection.queryRaw(query), deadline));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.#inTurn((deadline) => untilNotBusy(() => this.connection.executeRaw(query), deadline));
  }

  executeScript(script: string): Promise<void> {
    return this.#inTurn(() => this.connection.executeScript(script));
  }

  /** Runs a standalone statement when no transaction is open on the connection. */
  async #inTurn<T>(run: (deadline: number) => Promise<T>): Promise<T> {
    // As for transactions, the wait for another process's lock counts from the request.
    const deadline = Date.now() + this.lockWaitMs;
    return this.#turns.runExclusive(() => run(deadline));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    }
    // The wait for another process's lock counts from the request, not from this connection's turn.
    const deadline = Date.now() + this.lockWaitMs;
    const release = await this.#turns.acquire();
    try {
      await untilNotBusy(() => this.connection.executeRaw(statement("BEGIN IMMEDIATE")), deadline);
    } catch (error) {
      release();
      throw error;
    }
    return new ImmediateTransaction(this.connection, release, this.lockWaitMs);
  }

  dispose(): Promise<void> {
    return this.connection.dispose();
  }
}

/** A Prisma adapter factory for the SQLite file that waits up to lockWaitMs for another process's lock. */
export function createLockWaitingSqliteAdapter(file: string, lockWaitMs: number): SqlDriverAdapterFactory {
  // timeout 0: no blocking busy handler; the waiting above is asynchronous.
  const stock = new PrismaBetterSQLite3({ url: file, timeout: 0 });
  return {
    provider: "sqlite",
    adapterName: stock.adapterName,
    connect: async () => new LockWaitingSqliteAdapter(await stock.connect(), lockWaitMs),
  };
}
