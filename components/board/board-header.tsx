"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { roleCan } from "@/lib/permissions/roles";
import { BoardVisibilityControl } from "../members/board-visibility-control";
import { useBoardStore } from "./board-store";

export function BoardHeader() {
  const { board, live } = useBoardStore();
  const pathname = usePathname();
  const base = `/boards/${board.id}`;
  const canManage = board.viewer.role !== null && roleCan(board.viewer.role, "board.manage");
  const tabs = [
    { href: base, label: "Article" },
    { href: `${base}/graph`, label: "Graph" },
    { href: `${base}/review`, label: "Review" },
    { href: `${base}/report`, label: "Report" },
    // The activity log is internal: members only, even on a public board.
    ...(board.viewer.role ? [{ href: `${base}/activity`, label: "Activity" }] : []),
  ];
  return (
    <div className="board-header">
      <div className="board-title">
        <h1>{board.title}</h1>
        <p className="muted small">
          {board.article.byline ? <span className="board-byline">By {board.article.byline}. </span> : null}
          {board.claims.length} claims · {board.evidence.length} evidence · {board.links.length} links ·{" "}
          <span className={`live-status live-${live}`} role="status" data-testid="live-status">
            {live === "live" ? (
              <>
                ● Live<span className="live-status-detail">: teammates&rsquo; changes appear as they happen</span>
              </>
            ) : live === "connecting" ? (
              "○ Connecting…"
            ) : (
              "○ Reconnecting…"
            )}
          </span>
        </p>
        {board.archivedAt ? (
          <p className="archived-banner" role="note">
            <strong>Archived</strong>: this board is read-only.{" "}
            {canManage ? <Link href={`${base}/settings`}>Restore it in Settings</Link> : "An editor can restore it."}
          </p>
        ) : (
          <BoardVisibilityControl />
        )}
      </div>
      <nav aria-label="Board views" className="board-tabs">
        {tabs.map((tab) => (
          <Link key={tab.href} href={tab.href} className="tab" aria-current={pathname === tab.href || (tab.href === base && pathname.startsWith(`${base}/claims/`)) ? "page" : undefined}>
            {tab.label}
          </Link>
        ))}
        <a className="tab" href={`/api/boards/${board.id}/export`} download={`claimgraph-board-${board.id}.json`}>
          Export JSON
        </a>
        <Link className="tab" href={`${base}/claim-review`} title="Published verdicts as schema.org ClaimReview (JSON-LD)" aria-current={pathname === `${base}/claim-review` ? "page" : undefined}>
          ClaimReview
        </Link>
        {board.viewer.role === "owner" || board.viewer.role === "editor" ? (
          <Link className="tab" href={`/workspaces/${board.workspaceId}/verdict-scale?board=${board.id}`}>
            Verdict scale
          </Link>
        ) : null}
        {canManage ? (
          <Link className="tab" href={`${base}/settings`} aria-current={pathname === `${base}/settings` ? "page" : undefined}>
            Settings
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
