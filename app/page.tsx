import Link from "next/link";
import { listBoards } from "@/lib/data/boards/list-boards";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";

export const dynamic = "force-dynamic";

export default async function BoardsPage() {
  const boards = await listBoards(getPrisma(), await getRequestActor());
  return (
    <main className="page">
      <div className="page-heading">
        <h1>Fact-check boards</h1>
        <Link className="button primary" href="/boards/new">
          + New board
        </Link>
      </div>
      <p className="muted">
        Each board breaks one article into check-worthy claims anchored to their quotes, links them to evidence, and maps
        the argument as a graph.
      </p>
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
              <p className="muted small">
                {board.claimCount} claims · {board.evidenceCount} evidence ·{" "}
                <Link href={`/boards/${board.id}/graph`}>Graph</Link> ·{" "}
                <a href={`/api/boards/${board.id}/export`}>Export JSON</a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
