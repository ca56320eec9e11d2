import Link from "next/link";
import { CreateWorkspaceForm } from "@/components/members/create-workspace-form";
import { listBoards } from "@/lib/data/boards/list-boards";
import { listMyWorkspaces } from "@/lib/data/members/list-my-workspaces";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";
import { ROLE_LABELS } from "@/lib/members/role-labels";
import { roleCan } from "@/lib/permissions/roles";
import { BoardProgress } from "@/components/board/board-progress";

export const dynamic = "force-dynamic";

export default async function BoardsPage({ searchParams }: { searchParams: Promise<{ deleted?: string | string[] }> }) {
  const { deleted } = await searchParams;
  const db = getPrisma();
  const actor = await getRequestActor();
  const [boards, workspaces] = await Promise.all([listBoards(db, actor), listMyWorkspaces(db, actor)]);
  const canCreateBoards = Object.values(actor.roles).some((role) => roleCan(role, "board.create"));
  const canManage = (workspaceId: string) => {
    const role = actor.roles[workspaceId] ?? actor.roles["*"];
    return role !== undefined && roleCan(role, "board.manage");
  };
  return (
    <main className="page">
      <div className="page-heading">
        <h1>Fact-check boards</h1>
        {canCreateBoards ? (
          <Link className="button primary" href="/boards/new">
            + New board
          </Link>
        ) : null}
      </div>
      {typeof deleted === "string" && deleted ? (
        <p className="home-notice" role="status">
          Deleted “{deleted}”. The workspace&apos;s record of it is under <Link href="/boards/archived">Archived boards</Link>.
        </p>
      ) : null}
      <p className="muted">
        Each board breaks one article into check-worthy claims anchored to their quotes, links them to evidence, and maps
        the argument as a graph.
      </p>
      {actor.userId === null ? (
        <p className="home-signed-out">
          <Link href="/sign-in">Sign in</Link> to work on your team&apos;s boards. Without an account you can read the public
          boards below.
        </p>
      ) : workspaces.length > 0 ? (
        <section aria-labelledby="workspaces-heading" className="home-workspaces">
          <h2 id="workspaces-heading">Your workspaces</h2>
          <ul className="plain-list workspace-list">
            {workspaces.map((workspace) => (
              <li key={workspace.id} className="workspace-item">
                <strong>{workspace.name}</strong>
                <span className="muted small">
                  {ROLE_LABELS[workspace.role]} · {workspace.memberCount} member{workspace.memberCount === 1 ? "" : "s"}
                </span>
                <Link href={`/workspaces/${workspace.id}/members`} aria-label={`Members of ${workspace.name}`}>
                  Members
                </Link>
              </li>
            ))}
          </ul>
          <CreateWorkspaceForm />
        </section>
      ) : (
        <>
          <p className="home-signed-out">
            You are not in a workspace yet. Ask a workspace owner for an invitation link, or start your own workspace; until
            then you can read the public boards below.
          </p>
          <CreateWorkspaceForm />
        </>
      )}
      {actor.userId !== null ? (
        <p className="small">
          <Link href="/boards/archived">Archived and deleted boards</Link>
        </p>
      ) : null}
      {boards.length === 0 ? (
        <p>No boards yet. Run <code>npm run db:seed</code> to add the Basra example.</p>
      ) : (
        <ul className="board-cards">
          {boards.map((board) => (
            <li key={board.id} className="board-card">
              <h2>
                <Link href={`/boards/${board.id}`}>{board.title}</Link>
              </h2>
              {board.description ? <p>{board.description}</p> : null}
              <BoardProgress board={board} />
              <p className="muted small">
                {board.visibility === "public" ? "Public" : "Private"} · {board.claimCount} claims · {board.evidenceCount} evidence ·{" "}
                <Link href={`/boards/${board.id}/graph`}>Graph</Link> ·{" "}
                <a href={`/api/boards/${board.id}/export`}>Export JSON</a>
                {canManage(board.workspaceId) ? (
                  <>
                    {" "}
                    · <Link href={`/boards/${board.id}/settings`} aria-label={`Settings of ${board.title}`}>Settings</Link>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
