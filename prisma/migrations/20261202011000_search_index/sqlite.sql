-- Full-text search over claims (statement, quote), evidence (title, publisher, URL, excerpt) and comments (body),
-- with FTS5. Prisma does not model it: SearchDocument names what each FTS row is (kind, id, board), keyed by the FTS
-- rowid, so every trigger finds its row through an index, never a scan. The search joins back to the real rows, so a
-- stale index row could never show. A later migration that redefines "Claim", "Evidence" or "Comment" (Prisma's
-- RedefineTables drops the table) must create their triggers again: lib/search/search.integration.test.ts checks them.
CREATE TABLE "SearchDocument" (
    "rowid" INTEGER NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "entityId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "SearchDocument_kind_entityId_key" ON "SearchDocument"("kind", "entityId");

CREATE VIRTUAL TABLE "SearchText" USING fts5("title", "body", tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "SearchDocument" ("kind", "entityId") VALUES ('claim', NEW."id");
  INSERT INTO "SearchText" ("rowid", "title", "body")
    VALUES ((SELECT "rowid" FROM "SearchDocument" WHERE "kind" = 'claim' AND "entityId" = NEW."id"), NEW."statement", NEW."quoteExact");
END;
CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "statement", "quoteExact" ON "Claim" BEGIN
  UPDATE "SearchText" SET "title" = NEW."statement", "body" = NEW."quoteExact"
    WHERE "rowid" = (SELECT "rowid" FROM "SearchDocument" WHERE "kind" = 'claim' AND "entityId" = NEW."id");
END;
CREATE TRIGGER "Claim_search_delete" AFTER DELETE ON "Claim" BEGIN
  DELETE FROM "SearchText" WHERE "rowid" = (SELECT "rowid" FROM "SearchDocument" WHERE "kind" = 'claim' AND "entityId" = OLD."id");
  DELETE FROM "SearchDocument" WHERE "kind" = 'claim' AND "entityId" = OLD."id";
END;

CREATE TRIGGER "Evidence_search_insert" AFTER INSERT ON "Evidence" BEGIN
  INSERT INTO "SearchDocument" ("kind", "entityId") VALUES ('evidence', NEW."id");
  INSERT INTO "SearchText" ("rowid", "title", "body")
    VALUES ((SELECT "rowid" FROM "SearchDocument" WHERE "kind" = 'evidence' AND "entityId" = NEW."id"), NEW."title",
      COALESCE(NEW."publisher", '') || ' ' || COALESCE(NEW."url", '') || ' ' || NEW."excerpt");
END;
CREATE TRIGGER "Evidence_search_update" AFTER UPDATE OF "title", "publisher", "url", "excerpt" ON "Evidence" BEGIN
  UPDATE "SearchText" SET "title" = NEW."title", "body" = COALESCE(NEW."publisher", '') || ' ' || COALESCE(NEW."url", '') || ' ' || NEW."excerpt"
    WHERE "rowid" = (SELECT "rowid" FROM "SearchDocument" WHERE "kind" = 'evidence' AND "entityId" = NEW."id");
END;
CREATE TRIGGER "Evidence_search_delete" AFTER DELETE ON "Evidence" BEGIN
  DELETE FROM "SearchText" WHERE "rowid" = (SELECT "rowid" FROM "SearchDocument" WHERE "kind" = 'evidence' AND "entityId" = OLD."id");
  DELETE FROM "SearchDocument" WHERE "kind" = 'evidence' AND "entityId" = OLD."id";
END;

CREATE TRIGGER "Comment_search_insert" AFTER INSERT ON "Comment" BEGIN
  INSERT INTO "SearchDocument" ("kind", "entityId") VALUES ('comment', NEW."id");
  INSERT INTO "SearchText" ("rowid", "title", "body")
    VALUES ((SELECT "rowid" FROM "SearchDocument" WHERE "kind" = 'comment' AND "entityId" = NEW."id"), '', NEW."body");
END;
CREATE TRIGGER "Comment_search_update" AFTER UPDATE OF "body" ON "Comment" BEGIN
  UPDATE "SearchText" SET "body" = NEW."body"
    WHERE "rowid" = (SELECT "rowid" FROM "SearchDocument" WHERE "kind" = 'comment' AND "entityId" = NEW."id");
END;
CREATE TRIGGER "Comment_search_delete" AFTER DELETE ON "Comment" BEGIN
  DELETE FROM "SearchText" WHERE "rowid" = (SELECT "rowid" FROM "SearchDocument" WHERE "kind" = 'comment' AND "entityId" = OLD."id");
  DELETE FROM "SearchDocument" WHERE "kind" = 'comment' AND "entityId" = OLD."id";
END;

-- What is already there.
INSERT INTO "SearchDocument" ("kind", "entityId") SELECT 'claim', "id" FROM "Claim";
INSERT INTO "SearchDocument" ("kind", "entityId") SELECT 'evidence', "id" FROM "Evidence";
INSERT INTO "SearchDocument" ("kind", "entityId") SELECT 'comment', "id" FROM "Comment";
INSERT INTO "SearchText" ("rowid", "title", "body")
  SELECT d."rowid", c."statement", c."quoteExact" FROM "Claim" c JOIN "SearchDocument" d ON d."kind" = 'claim' AND d."entityId" = c."id";
INSERT INTO "SearchText" ("rowid", "title", "body")
  SELECT d."rowid", e."title", COALESCE(e."publisher", '') || ' ' || COALESCE(e."url", '') || ' ' || e."excerpt"
  FROM "Evidence" e JOIN "SearchDocument" d ON d."kind" = 'evidence' AND d."entityId" = e."id";
INSERT INTO "SearchText" ("rowid", "title", "body")
  SELECT d."rowid", '', m."body" FROM "Comment" m JOIN "SearchDocument" d ON d."kind" = 'comment' AND d."entityId" = m."id";
