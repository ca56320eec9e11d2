import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ImportBoardForm } from "@/components/board/import-board-form";
import { NewBoardForm } from "@/components/board/new-board-form";
import { listMyWorkspaces } from "@/lib/data/members/list-my-workspaces";
import { getPrisma } from "@/lib/db/prisma-client";
import { getRequestActor } from "@/lib/http/request-actor";
import { roleCan } from "@/lib/permissions/roles";

export const metadata: Metadata = { title: "New board · Claimgraph" };
export const dynamic = "force-dynamic";

export default async function NewBoardPage() {
  const actor = await getRequestActor();
  if (actor.userId === null) redirect("/sign-in?next=/boards/new");
  const memberships = await listMyWorkspaces(getPrisma(), actor);
  // Only workspaces where the role allows it; the server checks again on submit.
  const workspaces = memberships
    .filter((workspace) => roleCan(workspace.role, "board.create"))
    .map(({ id, name }) => ({ id, name }));

  if (workspaces.length === 0) {
    return (
      <main className="page narrow">
        <h1>New fact-check board</h1>
        <p data-testid="cannot-create-boards">
          {memberships.length === 0
            ? "You are not a member of any workspace yet, so you cannot create boards. Ask a workspace owner for an invitation link."
            : "Your role does not allow creating boards: only editors and owners of a workspace can. Ask a workspace owner to change your role."}
        </p>
        <p>
          <Link href="/">Back to the boards</Link>
        </p>
      </main>
    );
  }

  return (
    <main className="page narrow">
      <h1>New fact-check board</h1>
      <p className="muted">
        Paste the article exactly as published. Claims will be anchored to its text, so it cannot be edited later. Leave
        unknown details empty rather than guessing them.
      </p>
      <NewBoardForm workspaces={workspaces} />
      <h2 className="section-heading">Or import a board</h2>
      <ImportBoardForm workspaces={workspaces} />
    </main>
  );
}
