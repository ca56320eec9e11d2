import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RestoreBoardButton } from "@/components/boards/restore-board-button";
import { listBoards } from "@/lib/data/boards/list-boards";
import { listDeletedBoards } from "@/lib/data/boards/list-deleted-boards";
import { listMyWorkspaces } from "@/lib/data/members/list-my-workspaces";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";
import { roleCan } from "@/lib/permissions/roles";

export const metadata: Metadata = { title: "Archived boards · Claimgraph" };
export const dynamic = "force-dynamic";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

export default async function ArchivedBoardsPage() {
  const db = getPrisma();
  const actor = await getRequestActor();
  if (actor.userId === null) redirect("/sign-in?next=/boards/archived");
  const workspaces = await listMyWorkspaces(db, actor);
  const [archived, deleted] = await Promise.all([
    listBoards(db, actor, { archived: true }),
    Promise.all(workspaces.map(async (workspace) => ({ workspace, boards: await listDeletedBoards(db, actor, workspace.id) }))),
  ]);
  const roles = new Map(workspaces.map((workspace) => [workspace.id, workspace.role]));
  const anyDeleted = deleted.some((entry) => entry.boards.length > 0);
  return (
    <main className="page">
      <p className="small">
        <Link href="/">← All boards</Link>
      </p>
      <h1>Archived boards</h1>
      <p className="muted">Archived boards are read-only and kept off the home list. Editors and owners can restore them.</p>
      {archived.length === 0 ? (
        <p>No archived boards.</p>
      ) : (
        <ul className="board-cards">
          {archived.map((board) => {
            const role = roles.get(board.workspaceId);
            return (
              <li key={board.id} className="board-card">
                <h2>
                  <Link href={`/boards/${board.id}`}>{board.title}</Link>
                </h2>
                <p className="muted small">
                  Archived {board.archivedAt ? when(board.archivedAt) : ""} · {board.claimCount} claims · {board.evidenceCount} evidence
                </p>
                {role && roleCan(role, "board.manage") ? (
                  <p className="board-card-actions">
                    <RestoreBoardButton boardId={board.id} title={board.title} version={board.version} />
                    <Link href={`/boards/${board.id}/settings`}>Settings</Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <section aria-labelledby="deleted-heading" className="deleted-boards">
        <h2 id="deleted-heading">Deleted boards</h2>
        {anyDeleted ? (
          deleted
            .filter((entry) => entry.boards.length > 0)
            .map(({ workspace, boards }) => (
              <div key={workspace.id}>
                <h3>{workspace.name}</h3>
                <ul className="plain-list deleted-list">
                  {boards.map((board) => (
                    <li key={board.boardId}>
                      <strong>{board.title}</strong>{" "}
                      <span className="muted small">
                        ({board.claimCount} claims) deleted by {board.deletedBy.name ?? "a former member"} on {when(board.deletedAt)}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ))
        ) : (
          <p className="muted">No board has been deleted in your workspaces.</p>
        )}
      </section>
    </main>
  );
}
