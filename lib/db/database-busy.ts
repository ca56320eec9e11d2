// A write that could not get the database in time: another instance, a seed or
// a backup held a lock for longer than the app waits. The client should retry,
// so it is a 503 with Retry-After, never a 500.
import { DriverAdapterError } from "@prisma/driver-adapter-utils";

/** How long a write waits for another process's lock (SQLite) or a row or table lock (PostgreSQL lock_timeout). */
export const DATABASE_LOCK_WAIT_MS = 5_000;
export const DATABASE_BUSY_RETRY_AFTER_SECONDS = 2;

// P1008: the adapters' "SocketTimeout" (SQLite reports SQLITE_BUSY as one). P2034: a write conflict or deadlock.
const BUSY_PRISMA_CODES = new Set(["P1008", "P2034"]);
// lock_not_available (lock_timeout), query_canceled (statement_timeout), deadlock_detected, serialization_failure.
const BUSY_POSTGRES_CODES = new Set(["55P03", "57014", "40P01", "40001"]);
// P2028 also covers programming errors; only these two mean "the database was busy".
const BUSY_TRANSACTION_MESSAGE = /Unable to start a transaction in the given time|cannot be executed on an expired transaction/;

/** SQLITE_BUSY or one of its extended codes, as the Prisma adapter or better-sqlite3 raised it. */
export function isSqliteBusyError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = error instanceof DriverAdapterError ? error.cause.originalCode : (error as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

type TErrorFacts = { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

function isBusyHere(error: TErrorFacts): boolean {
  if (isSqliteBusyError(error)) return true;
  if (typeof error.code === "string") {
    if (BUSY_PRISMA_CODES.has(error.code) || BUSY_POSTGRES_CODES.has(error.code)) return true;
    if (error.code === "P2028" && typeof error.message === "string" && BUSY_TRANSACTION_MESSAGE.test(error.message)) return true;
  }
  return false;
}

/** True when the error (or one it wraps) says the database was locked or busy for too long. */
export function isDatabaseBusy(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const facts = error as TErrorFacts;
  if (isBusyHere(facts)) return true;
  return isDatabaseBusy(facts.cause, depth + 1) || isDatabaseBusy(facts.meta?.driverAdapterError, depth + 1);
}

export const DATABASE_BUSY_MESSAGE =
  "The database is busy with another change (another instance, a seed or a backup). Nothing was saved; try again in a moment.";

export function databaseBusyResponse(): Response {
  return Response.json(
    { error: DATABASE_BUSY_MESSAGE },
    { status: 503, headers: { "Retry-After": String(DATABASE_BUSY_RETRY_AFTER_SECONDS) } },
  );
}
