// Work that must wait until a transaction has committed (an in-process wake
// for live updates): registered inside the transaction, run once it commits,
// dropped if it rolls back.

type TTransactional = { $transaction: (...args: never[]) => Promise<unknown> };

const pendingByTransaction = new WeakMap<object, Map<string, () => void>>();

/**
 * Runs `run` once the transaction `tx` commits; outside a transaction of a
 * client made by withAfterCommit, at once. Work registered twice under the
 * same key in one transaction runs once.
 */
export function afterCommit(tx: object, key: string, run: () => void): void {
  const pending = pendingByTransaction.get(tx);
  if (pending) pending.set(key, run);
  else run();
}

/**
 * Starts collecting afterCommit work for `tx`, a transaction made outside
 * Prisma (lib/db/direct-sql.ts); the returned function runs it, once committed.
 */
export function openAfterCommit(tx: object): () => void {
  const pending = new Map<string, () => void>();
  pendingByTransaction.set(tx, pending);
  return () => runCommitted(pending);
}

function runCommitted(pending: Map<string, () => void>): void {
  for (const run of pending.values()) {
    try {
      run();
    } catch (error) {
      // The write is committed: a failed wake must not turn it into an error.
      console.error("After-commit work failed", error);
    }
  }
}

/**
 * The client, whose interactive transactions run their afterCommit work when they commit. `onTransaction` sees
 * each interactive transaction's client as it starts.
 */
export function withAfterCommit<TClient extends TTransactional>(client: TClient, onTransaction?: (tx: object) => void): TClient {
  const transaction = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const $transaction = async (input: unknown, ...rest: unknown[]) => {
    // The batch form (an array of queries) records no activity.
    if (typeof input !== "function") return transaction(input, ...rest);
    const pending = new Map<string, () => void>();
    const result = await transaction((tx: object) => {
      pendingByTransaction.set(tx, pending);
      onTransaction?.(tx);
      return (input as (tx: object) => unknown)(tx);
    }, ...rest);
    runCommitted(pending);
    return result;
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "$transaction") return $transaction;
      const value: unknown = Reflect.get(target, property);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
