-- Nothing to change: SQLite has no NOTIFY. Streams in the writing process are
-- woken in process after commit (lib/data/activity/record-activity.ts), and
-- other processes on the same file find new entries by polling the log.
SELECT 1;
