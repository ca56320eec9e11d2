import type { Metadata } from "next";
import { ImportBoardForm } from "@/components/board/import-board-form";
import { NewBoardForm } from "@/components/board/new-board-form";

export const metadata: Metadata = { title: "New board · Claimgraph" };

export default function NewBoardPage() {
  return (
    <main className="page narrow">
      <h1>New fact-check board</h1>
      <p className="muted">
        Paste the article exactly as published. Claims will be anchored to its text, so it cannot be edited later. Leave
        unknown details empty rather than guessing them.
      </p>
      <NewBoardForm />
      <h2 className="section-heading">Or import a board</h2>
      <p className="muted">
        A board saved with Export JSON, from this install or another, becomes a new board here with the same article,
        claims, evidence, links and argument.
      </p>
      <ImportBoardForm />
    </main>
  );
}
