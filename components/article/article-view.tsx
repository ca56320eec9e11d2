"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useBoardStore } from "../board/board-store";
import { ClaimPanel } from "../claim/claim-panel";
import { useViewerCan } from "../claim/use-viewer-can";
import { EvidencePanel } from "../evidence/evidence-panel";
import { ArticleText } from "./article-text";
import { ClaimsList } from "./claims-list";
import { NewClaimForm } from "./new-claim-form";
import { selectionToTextRange } from "./selection-offsets";

type TOpened =
  | { kind: "list" }
  | { kind: "claim"; id: string }
  | { kind: "evidence"; id: string }
  | { kind: "new-claim"; start: number; end: number };

type TPendingSelection = { start: number; end: number; top: number; left: number };

/** `initialClaimId`: a claim's permalink opens the article at its quote, with its panel open. */
export function ArticleView({ initialClaimId }: { initialClaimId?: string } = {}) {
  const { board } = useBoardStore();
  const articleRef = useRef<HTMLElement>(null);
  const [opened, setOpened] = useState<TOpened>(initialClaimId ? { kind: "claim", id: initialClaimId } : { kind: "list" });
  const [selection, setSelection] = useState<TPendingSelection | null>(null);
  const canCreateClaim = useViewerCan()("claim.create");

  const openClaim = useCallback((claimId: string) => {
    setSelection(null);
    setOpened({ kind: "claim", id: claimId });
    articleRef.current
      ?.querySelector(`.claim-marker[data-claim-id="${CSS.escape(claimId)}"]`)
      ?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, []);

  // A large board pages its claims in after the first paint: scroll once the permalink's claim is there.
  const initialClaimLoaded = initialClaimId !== undefined && board.claims.some((claim) => claim.id === initialClaimId);
  const scrolledToInitial = useRef(false);
  useEffect(() => {
    if (!initialClaimId || !initialClaimLoaded || scrolledToInitial.current) return;
    scrolledToInitial.current = true;
    articleRef.current
      ?.querySelector(`.claim-marker[data-claim-id="${CSS.escape(initialClaimId)}"]`)
      ?.scrollIntoView({ block: "center" });
  }, [initialClaimId, initialClaimLoaded]);

  const readSelection = () => {
    const root = articleRef.current;
    // Readers may still select text to copy it; only those who may add claims get the offer.
    if (!root || !canCreateClaim) return;
    const range = selectionToTextRange(root, window.getSelection(), board.article.text);
    if (!range) {
      setSelection(null);
      return;
    }
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const rootRect = root.getBoundingClientRect();
    setSelection({ ...range, top: rect.bottom - rootRect.top + 6, left: Math.max(0, rect.left - rootRect.left) });
  };

  const startNewClaim = () => {
    if (!selection) return;
    setOpened({ kind: "new-claim", start: selection.start, end: selection.end });
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  };

  const { article } = board;
  const selectedClaimId = opened.kind === "claim" ? opened.id : null;

  return (
    <div className="article-layout">
      <div className="article-scroll">
        {/* Every claim marker is a tab stop; this lets keyboard users jump past them. */}
        <a className="skip-link" href="#claims-search" onClick={() => setOpened({ kind: "list" })}>
          Skip to the claims list
        </a>
        <article
          ref={articleRef}
          className="article-text"
          aria-label="Article"
          onMouseUp={readSelection}
          onKeyUp={(e) => e.shiftKey && readSelection()}
        >
          <header className="article-meta">
            <p className="muted small">
              {article.title ?? "No headline recorded"}
              {article.byline ? ` · ${article.byline}` : ""}
              {` · ${article.publisher ?? "publisher not recorded"} · ${article.publishedOn ?? "date not recorded"}`}
            </p>
          </header>
          <ArticleText text={article.text} claims={board.claims} selectedClaimId={selectedClaimId} onOpenClaim={openClaim} />
          {selection && canCreateClaim ? (
            <div className="selection-popover" style={{ top: selection.top, left: selection.left }}>
              <button type="button" className="button primary small" onClick={startNewClaim}>
                + Create claim from selection
              </button>
            </div>
          ) : null}
        </article>
      </div>
      {opened.kind === "claim" ? (
        <ClaimPanel
          claimId={opened.id}
          onClose={() => setOpened({ kind: "list" })}
          onOpenEvidence={(id) => setOpened({ kind: "evidence", id })}
          onOpenClaim={openClaim}
        />
      ) : opened.kind === "evidence" ? (
        <EvidencePanel evidenceId={opened.id} onClose={() => setOpened({ kind: "list" })} onOpenClaim={openClaim} />
      ) : opened.kind === "new-claim" && canCreateClaim ? (
        <NewClaimForm
          key={`${opened.start}-${opened.end}`}
          range={opened}
          onCreated={openClaim}
          onCancel={() => setOpened({ kind: "list" })}
        />
      ) : (
        <ClaimsList claims={board.claims} onOpenClaim={openClaim} />
      )}
    </div>
  );
}
