// Statements sent straight to the connection Prisma itself uses, for the few
// hottest paths. Prisma 6's query compiler has no plan cache: it compiles every
// call in WebAssembly on the main thread (1–3 ms of CPU per query here, the
// largest share of a write's cost), where a prepared statement costs ~0.05 ms.
// The connection is Prisma's own (the same pool, the same SQLite connection and
// its transaction turns), and values are converted by the same driver adapter,
// so what is written here reads back through Prisma exactly as Prisma writes it.
import type { ArgScalarType, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, SqlQueryable, SqlResultSet } from "@prisma/driver-adapter-utils";
import { openAfterCommit } from "./after-commit";

/** How a column is read back into the shape Prisma gives it. */
export type TColumnType = "string" | "string?" | "int" | "float" | "boolean" | "datetime" | "datetime?";

export type TSqlParam = { value: string | number | boolean | Date | null; type: ArgScalarType };

export const sqlParam = {
  text: (value: string | null): TSqlParam => ({ value, type: "string" }),
  int: (value: number): TSqlParam => ({ value, type: "int" }),
  float: (value: number): TSqlParam => ({ value, type: "float" }),
  boolean: (value: boolean): TSqlParam => ({ value, type: "boolean" }),
  datetime: (value: Date | null): TSqlParam => ({ value, type: "datetime" }),
};

export type TDirectQueries = {
  /** Rows of a statement written with `?` placeholders and double-quoted identifiers (valid on both databases). */
  rows<TRow>(sql: string, params: TSqlParam[], columns: { [K in keyof TRow]: TColumnType }): Promise<TRow[]>;
  /** Runs a statement; the number of rows it changed. */
  run(sql: string, params: TSqlParam[]): Promise<number>;
};

export type TDirectTransaction = TDirectQueries & { readonly direct: true; readonly provider: "sqlite" | "postgresql" };

export type TDirectSql = TDirectQueries & {
  provider: "sqlite" | "postgresql";
  /** A transaction on Prisma's connection; its afterCommit work runs once it commits. */
  transaction<T>(work: (tx: TDirectTransaction) => Promise<T>): Promise<T>;
};

type TConnectable = { $connect(): Promise<void> };

// On globalThis, as the client itself is (prisma-client.ts): the bundler loads this module once for pages and again
// for route handlers, and a registry of its own in each left the client unknown to whichever did not create it (a
// first request to a page made every claim edit answer 500, "updateClaim needs a client made by createPrismaClient").
const globalForDirectSql = globalThis as unknown as { claimgraphDirectSql?: WeakMap<object, TDirectSql> };
const directSqlByClient = (globalForDirectSql.claimgraphDirectSql ??= new WeakMap<object, TDirectSql>());

/** The client's direct statements, or null for a client made elsewhere (a transaction's client, a test double). */
export function directSqlOf(db: object): TDirectSql | null {
  return directSqlByClient.get(db) ?? null;
}

/**
 * Wraps the adapter factory Prisma connects with, so the connection it makes
 * can be reached for direct statements once the client is registered with
 * `register`.
 */
export function shareConnection(factory: SqlDriverAdapterFactory): {
  factory: SqlDriverAdapterFactory;
  register(client: TConnectable): void;
} {
  let connection: SqlDriverAdapter | null = null;
  const shared: SqlDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      connection = await factory.connect();
      return connection;
    },
  };
  const provider = factory.provider === "postgres" ? "postgresql" : "sqlite";
  return {
    factory: shared,
    register(client) {
      const connected = async (): Promise<SqlDriverAdapter> => {
        // Prisma connects on its first query; a direct statement may come first.
        if (!connection) await client.$connect();
        if (!connection) throw new Error("Prisma connected without its driver adapter");
        return connection;
      };
      const queries = (on: () => Promise<SqlQueryable>) => directQueries(provider, on);
      directSqlByClient.set(client, {
        provider,
        ...queries(connected),
        async transaction(work) {
          const tx = await (await connected()).startTransaction();
          const directTx: TDirectTransaction = { ...queries(async () => tx), direct: true, provider };
          const flush = openAfterCommit(directTx);
          let result: Awaited<ReturnType<typeof work>>;
          try {
            result = await work(directTx);
            // As Prisma ends a transaction: the statement, then the adapter's own bookkeeping.
            await tx.executeRaw(bare("COMMIT"));
          } catch (error) {
            await tx.executeRaw(bare("ROLLBACK")).catch(() => undefined);
            await tx.rollback();
            throw error;
          }
          await tx.commit();
          flush();
          return result;
        },
      });
    },
  };
}

const bare = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

function directQueries(provider: "sqlite" | "postgresql", on: () => Promise<SqlQueryable>): TDirectQueries {
  const query = (sql: string, params: TSqlParam[]): SqlQuery => {
    let n = 0;
    return {
      sql: provider === "postgresql" ? sql.replace(/\?/g, () => `$${++n}`) : sql,
      args: params.map((p) => p.value),
      argTypes: params.map((p) => ({ scalarType: p.type, arity: "scalar" })),
    };
  };
  return {
    async rows(sql, params, columns) {
      return readRows(await (await on()).queryRaw(query(sql, params)), columns);
    },
    async run(sql, params) {
      return (await on()).executeRaw(query(sql, params));
    },
  };
}

function readRows<TRow>(result: SqlResultSet, columns: { [K in keyof TRow]: TColumnType }): TRow[] {
  const wanted = Object.entries(columns) as [string, TColumnType][];
  const index = wanted.map(([name]) => {
    const at = result.columnNames.indexOf(name);
    if (at < 0) throw new Error(`Direct statement returned no column ${name}`);
    return at;
  });
  return result.rows.map((raw) => {
    const row: Record<string, unknown> = {};
    wanted.forEach(([name, type], i) => (row[name] = readValue(raw[index[i]!], type, name)));
    return row as TRow;
  });
}

function readValue(value: unknown, type: TColumnType, name: string): unknown {
  if (value === null || value === undefined) {
    if (type.endsWith("?")) return null;
    throw new Error(`Direct statement returned null for ${name}`);
  }
  switch (type) {
    case "string":
    case "string?":
      return String(value);
    case "int":
      return Number(value);
    case "float":
      return Number(value);
    case "boolean":
      // SQLite stores 0/1.
      return value === true || value === 1 || value === "1" || value === "true";
    case "datetime":
    case "datetime?":
      return readDate(value);
  }
}

/** SQLite: ISO 8601 text as Prisma writes it; PostgreSQL: the adapter's "YYYY-MM-DD HH:MM:SS.mmm" in UTC. */
function readDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number") return new Date(value);
  const text = String(value);
  const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(" ", "T")}Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Direct statement returned an unreadable time: ${text}`);
  return date;
}
