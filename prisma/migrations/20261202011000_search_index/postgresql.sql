-- Full-text search over claims (statement, quote), evidence (title, publisher, URL, excerpt) and comments (body):
-- a stored generated tsvector per table, so the database keeps it in step with every write, and a GIN index on it.
-- Prisma does not model these columns; its clients never read or write them.
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', "statement"), 'A') || setweight(to_tsvector('english', "quoteExact"), 'B')
) STORED;
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

ALTER TABLE "Evidence" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', "title"), 'A')
  -- The address as words ("example.org/tapir" is "example org tapir"), as SQLite's tokenizer reads it.
  || setweight(to_tsvector('english', COALESCE("publisher", '') || ' ' || regexp_replace(COALESCE("url", ''), '[^[:alnum:]]+', ' ', 'g')), 'B')
  || setweight(to_tsvector('english', "excerpt"), 'B')
) STORED;
CREATE INDEX "Evidence_searchVector_idx" ON "Evidence" USING GIN ("searchVector");

ALTER TABLE "Comment" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', "body"), 'B')
) STORED;
CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector");
