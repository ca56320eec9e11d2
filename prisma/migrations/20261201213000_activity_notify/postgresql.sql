-- Hand-written: live updates. Each statement that appends to the activity log
-- notifies channel claimgraph_activity once per board (or workspace) it wrote
-- to. PostgreSQL delivers a notification only when its transaction commits,
-- and merges identical ones, so listeners wake once per commit and then read
-- the log itself (lib/live/activity-notifier.ts).
CREATE FUNCTION "ActivityEntry_notify"() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('claimgraph_activity', json_build_object('workspaceId', s."workspaceId", 'boardId', s."boardId")::text)
    FROM (SELECT DISTINCT "workspaceId", "boardId" FROM inserted) AS s;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ActivityEntry_notify" AFTER INSERT ON "ActivityEntry"
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION "ActivityEntry_notify"();
