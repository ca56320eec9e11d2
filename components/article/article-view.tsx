"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { highlightedClaims } from "@/lib/anchoring/highlight-choice";
import { useBoardStore } from "../board/board-store";
import { ClaimPanel } from "../claim/claim-panel";
import { useViewerCan } from "../claim/use-viewer-can";
import { EvidencePanel } from "../evidence/evidence-panel";
import { closeOnEscape } from "../ui/escape-to-close";
import { SheetBar } from "../ui/sheet-bar";
import { ArticleText } from "./article-text";
import { useRequiredArticleText } from "./article-text-context";
import { ClaimsList } from "./claims-list";
import { HighlightControls } from "./highlight-controls";
import { NewClaimForm } from "./new-claim-form";
import { selectionToTextRange } from "./selection-offsets";
import { useHighlightChoice } from "./use-highlight-choice";

type TOpened =
  | { kind: "list" }
  | { kind: "claim"; id: string }
  | { kind: "evidence"; id: string }
  | { kind: "new-claim"; start: number; end: number };

type TPendingSelection = { start: number; end: number; top: number; left: number };

/**
 * The article beside its claims list; a claim, evidence or new claim opens in a panel beside both
 * on a wide screen, in place of the list on a tablet, and as a full-screen sheet on a phone, where
 * "Article | Claims" switches the one pane shown. The list stays mounted, so its search survives.
 * `initialClaimId`: a claim's permalink opens the article at its quote, with its panel open.
 */
export function ArticleView({ initialClaimId }: { initialClaimId?: string } = {}) {
  const { board } = useBoardStore();
  const text = useRequiredArticleText();
  const articleRef = useRef<HTMLElement>(null);
  const sheetRef = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState<TOpened>(initialClaimId ? { kind: "claim", id: initialClaimId } : { kind: "list" });
  const [pane, setPane] = useState<"article" | "claims">("article");
  const [selection, setSelection] = useState<TPendingSelection | null>(null);
  const canCreateClaim = useViewerCan()("claim.create");

  // What opened the panel gets focus back when it closes (a claim opened from inside the panel keeps the first opener).
  const opener = useRef<HTMLElement | null>(null);
  const openedNow = useRef(opened);
  useLayoutEffect(() => {
    openedNow.current = opened;
  });
  const openPanel = useCallback((next: Exclude<TOpened, { kind: "list" }>) => {
    if (openedNow.current.kind === "list") {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    setOpened(next);
  }, []);
  const closePanel = useCallback(() => {
    setOpened({ kind: "list" });
    const back = opener.current;
    opener.current = null;
    // After the list is shown again (a tablet hides it while a panel is open).
    requestAnimationFrame(() => {
      if (back?.isConnected) back.focus();
    });
  }, []);
  const panelShown = opened.kind === "claim" || opened.kind === "evidence" ? `${opened.kind}-${opened.id}` : null;
  useEffect(() => {
    if (panelShown) sheetRef.current?.focus({ preventScroll: true });
  }, [panelShown]);

  const openClaim = useCallback(
    (claimId: string) => {
      setSelection(null);
      openPanel({ kind: "claim", id: claimId });
      const marker = () => articleRef.current?.querySelector(`.claim-marker[data-claim-id="${CSS.escape(claimId)}"]`);
      // A claim the reader's highlight choice leaves out gets its marker once it is open: after that render.
      const scroll = () => marker()?.scrollIntoView({ block: "center", behavior: "smooth" });
      if (marker()) scroll();
      else requestAnimationFrame(scroll);
    },
    [openPanel],
  );
  const showList = useCallback(() => {
    setOpened({ kind: "list" });
    opener.current = null;
    setPane("claims");
    requestAnimationFrame(() => document.getElementById("claims-search")?.focus());
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
    const range = selectionToTextRange(root, window.getSelection(), text);
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
    openPanel({ kind: "new-claim", start: selection.start, end: selection.end });
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  };

  const { article } = board;
  const selectedClaimId = opened.kind === "claim" ? opened.id : null;

  const [highlight, setHighlight] = useHighlightChoice(board.id);
  const highlighted = useMemo(
    () => highlightedClaims(board.claims, highlight, selectedClaimId),
    [board.claims, highlight, selectedClaimId],
  );

  const claimsCount = board.claims.length;
  return (
    <div className={`article-layout pane-${pane}${opened.kind === "list" ? "" : " with-panel"}`}>
      <div className="article-pane-switch segmented" role="group" aria-label="Show">
        <button type="button" className="button" aria-pressed={pane === "article"} onClick={() => setPane("article")}>
          Article
        </button>
        <button type="button" className="button" aria-pressed={pane === "claims"} onClick={() => setPane("claims")}>
          Claims <span className="muted">({claimsCount})</span>
        </button>
      </div>
      <div className="article-scroll">
        {/* Every claim marker is a tab stop; this lets keyboard users jump past them. */}
        <a
          className="skip-link"
          href="#claims-search"
          onClick={() => {
            setPane("claims");
            if (opened.kind !== "list") closePanel();
          }}
        >
          Skip to the claims list
        </a>
        <HighlightControls
          choice={highlight}
          members={board.members}
          shown={highlighted.length}
          total={claimsCount}
          onChange={setHighlight}
        />
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
          <ArticleText text={text} claims={highlighted} selectedClaimId={selectedClaimId} onOpenClaim={openClaim} />
          {selection && canCreateClaim ? (
            <div className="selection-popover" style={{ top: selection.top, left: selection.left }}>
              <button type="button" className="button primary small" onClick={startNewClaim}>
                + Create claim from selection
              </button>
            </div>
          ) : null}
        </article>
      </div>
      <ClaimsList claims={board.claims} onOpenClaim={openClaim} />
      {opened.kind === "list" ? null : (
        <div
          ref={sheetRef}
          className="article-sheet"
          tabIndex={-1}
          onKeyDown={(event) => closeOnEscape(event, closePanel)}
          data-testid="article-side-panel"
        >
          <SheetBar onClose={closePanel} onShowList={showList} />
          {opened.kind === "claim" ? (
            <ClaimPanel
              key={opened.id}
              claimId={opened.id}
              onClose={closePanel}
              onOpenEvidence={(id) => openPanel({ kind: "evidence", id })}
              onOpenClaim={openClaim}
            />
          ) : opened.kind === "evidence" ? (
            <EvidencePanel key={opened.id} evidenceId={opened.id} onClose={closePanel} onOpenClaim={openClaim} />
          ) : opened.kind === "new-claim" && canCreateClaim ? (
            <NewClaimForm
              key={`${opened.start}-${opened.end}`}
              range={opened}
              onCreated={openClaim}
              onCancel={closePanel}
            />
          ) : null}
        </div>
      )}
    </div>
  );
}
