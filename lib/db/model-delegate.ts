// A model's Prisma delegate (db.claim, db.evidenceLink, …) looked up by the
// model's name in prisma/schema.prisma, for code that walks every model
// (backup, restore, the test fingerprint). One cast, here, instead of one per caller.
import type { TSchemaModel } from "../backup/schema-models";
import type { TDbClient } from "./prisma-client";

/** The part of a delegate that code walking every model uses, with rows as plain records. */
export type TModelDelegate = {
  findMany(args: {
    select: Record<string, true>;
    where?: Record<string, unknown>;
    orderBy?: Record<string, "asc">[];
    take?: number;
  }): Promise<Record<string, unknown>[]>;
  count(): Promise<number>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }>;
};

export function modelDelegate(db: TDbClient, model: Pick<TSchemaModel, "delegate">): TModelDelegate {
  return (db as unknown as Record<string, TModelDelegate>)[model.delegate]!;
}
