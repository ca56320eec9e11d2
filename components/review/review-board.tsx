"use client";

import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import type { TBoardViewer, TClaimView, TMemberView } from "@/lib/board/types";
import { cardSummaries, groupByStage, summariseProgress } from "@/lib/review/card-summary";
import { filterReviewClaims, parseReviewFilters, type TReviewFilters } from "@/lib/review/review-filters";
import { checkBoardMove, checkCommand } from "@/lib/review/review-moves";
import type { TWorkflowCommandInput } from "@/lib/workflow/command-input";
import { STAGE_LABELS, type TWorkflowStage } from "@/lib/workflow/stages";
import { useBoardStore } from "../board/board-store";
import { ClaimPanel } from "../claim/claim-panel";
import { EvidencePanel } from "../evidence/evidence-panel";
import { SheetBar } from "../ui/sheet-bar";
import { BulkActions } from "./bulk-actions";
import { focusCardAt } from "./card-focus";
import { currentClaimsOf, versionsOf } from "./claim-versions";
import { MoveInputDialog, type TInputCommand } from "./move-input-dialog";
import type { TCardMenu, TCardNotice } from "./review-card";
import { ReviewColumns } from "./review-columns";
import { ReviewStageSwitcher } from "./review-stage-switcher";
import { ReviewProgress } from "./review-progress";
import { ReviewToolbar } from "./review-toolbar";
import { useBoardStrengths } from "../board/board-strengths";
import { applyStrengthView } from "@/lib/strength/strength-view";
import { useReviewFilters } from "./use-review-filters";
import { useToday } from "./use-today";
import { commandWithoutInput, doneMessage, isEditable, messageOf, quoted, setWith } from "./review-messages";

const SEARCH_TO_ADDRESS_DELAY_MS = 300;
const NO_MEMBERS: readonly TMemberView[] = [];
const NO_IDS: ReadonlySet<string> = new Set();

type TOpened = { kind: "claim" | "evidence"; id: string } | null;
type TBulkCommand = { type: "assign"; assigneeId: string } | { type: "move"; toStage: TWorkflowStage };

/**
 * The team's kanban: a column per workflow stage, cards moved by dragging or
 * from each card's menus, filters in the address, bulk actions for editors.
 * Everything comes from the board store, so teammates' moves appear live.
 */
export function ReviewBoard() {
  const { board, dispatch, api } = useBoardStore();
  const { claims, evidence, links, members, viewer } = board;
  const today = useToday();

  // ---- filters: in the address; the search box runs ahead of it while typing.
  const [addressFilters, setAddressFilters] = useReviewFilters();
  const [query, setQuery] = useState(addressFilters.q);
  const searchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(searchTimer.current ?? undefined), []);
  const toolbarFilters = useMemo(() => ({ ...addressFilters, q: query }), [addressFilters, query]);
  const deferredQuery = useDeferredValue(query);
  const filters = useMemo(() => ({ ...addressFilters, q: deferredQuery }), [addressFilters, deferredQuery]);

  const setFilters = useCallback(
    (next: TReviewFilters) => {
      clearTimeout(searchTimer.current ?? undefined);
      setQuery(next.q);
      setAddressFilters(next);
    },
    [setAddressFilters],
  );
  const onQueryChange = useCallback(
    (next: string) => {
      setQuery(next);
      clearTimeout(searchTimer.current ?? undefined);
      searchTimer.current = setTimeout(
        () => setAddressFilters({ ...parseReviewFilters(window.location.search), q: next }),
        SEARCH_TO_ADDRESS_DELAY_MS,
      );
    },
    [setAddressFilters],
  );

  // ---- what the board shows
  const strengths = useBoardStrengths();
  const finalStrengths = strengths.status === "settled" ? strengths.computed.strengths : null;
  const filteredClaims = useMemo(() => filterReviewClaims({ claims }, filters, viewer), [claims, filters, viewer]);
  // Apart from the filter above, so strengths settling without a strength filter or sort keeps the same columns.
  const shownClaims = useMemo(
    () => applyStrengthView(filteredClaims, { filter: filters.strength, sort: filters.sort }, finalStrengths, board.relations),
    [filteredClaims, filters.strength, filters.sort, finalStrengths, board.relations],
  );
  const columns = useMemo(() => groupByStage(shownClaims), [shownClaims]);
  // Summarised as cards are drawn; the index of links stays while only claims change (a move, an assignment).
  const summaries = useMemo(() => cardSummaries({ evidence, links }, today), [evidence, links, today]);
  const progress = useMemo(() => summariseProgress(claims, today), [claims, today]);
  const memberNames = useMemo(() => new Map(members.map((member) => [member.userId, member.name])), [members]);
  const canManage = viewer.role === "editor" || viewer.role === "owner";
  const assignees = useMemo(
    () => (canManage ? members.filter((member) => member.role !== "viewer") : NO_MEMBERS),
    [canManage, members],
  );

  // The card callbacks read the latest board through this, so they never change and memoised cards stay put.
  const latest = useRef<{ claims: TClaimView[]; viewer: TBoardViewer; memberNames: Map<string, string> }>({
    claims,
    viewer,
    memberNames,
  });
  useLayoutEffect(() => {
    latest.current = { claims, viewer, memberNames };
  });
  const findClaim = useCallback((claimId: string) => latest.current.claims.find((claim) => claim.id === claimId), []);

  // ---- per-card state
  const [opened, setOpened] = useState<TOpened>(null);
  const [menu, setMenu] = useState<{ claimId: string; kind: TCardMenu } | null>(null);
  const [notices, setNotices] = useState<Readonly<Record<string, TCardNotice>>>({});
  const [busy, setBusy] = useState<ReadonlySet<string>>(NO_IDS);
  const [selected, setSelected] = useState<ReadonlySet<string>>(NO_IDS);
  const [inputFor, setInputFor] = useState<{ claimId: string; command: TInputCommand } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // The one column a narrow screen shows (wide screens show all five).
  const [shownStage, setShownStage] = useState<TWorkflowStage>("unassigned");

  // ---- focus: a moved card is found in its new column after the render that moved it.
  const mainRef = useRef<HTMLElement>(null);
  const sideRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);
  const focusCard = useCallback((claimId: string) => {
    focusNext.current = claimId;
  }, []);
  useEffect(() => {
    const claimId = focusNext.current;
    if (!claimId) return;
    focusNext.current = null;
    const root = mainRef.current;
    const stage = latest.current.claims.find((claim) => claim.id === claimId)?.stage;
    const column = stage ? root?.querySelector<HTMLElement>(`[data-review-column="${stage}"]`) : null;
    if (!root || !column) return;
    // On a narrow screen a card moved to another stage is in a hidden column: land on that stage's switch.
    if (!column.checkVisibility()) {
      root.querySelector<HTMLElement>(`[data-stage-switch="${stage}"]`)?.focus();
      return;
    }
    // The card, scrolled into the column's drawn range if need be; filtered out of view after the move: its column.
    if (!focusCardAt(column, { claimId })) root.querySelector<HTMLElement>(`#review-column-${stage}`)?.focus();
  });

  const setNotice = useCallback((claimId: string, notice: TCardNotice | null) => {
    setNotices((current) => {
      if (!notice && !(claimId in current)) return current;
      const next = { ...current };
      if (notice) next[claimId] = notice;
      else delete next[claimId];
      return next;
    });
  }, []);

  const refuse = useCallback(
    (claim: TClaimView, reason: string) => {
      setNotice(claim.id, { tone: "error", text: reason });
      setAnnouncement(`Can't move ${quoted(claim.statement)}: ${reason}`);
      focusCard(claim.id);
    },
    [setNotice, focusCard],
  );

  /**
   * Runs a command on the server, with the version of the claim as the board now shows it, and
   * shows the saved claim. Rejects with the server's message; on a 409 the claim as it now is shows too.
   */
  const sendCommand = useCallback(
    async (claim: TClaimView, command: TWorkflowCommandInput) => {
      setBusy((current) => setWith(current, claim.id, true));
      try {
        const version = (findClaim(claim.id) ?? claim).version;
        const { claim: saved } = await api.applyWorkflowCommand(claim.id, { ...command, version });
        dispatch({ type: "claimSaved", claim: saved });
        setNotice(claim.id, null);
        setAnnouncement(doneMessage(saved, command, (id) => latest.current.memberNames.get(id) ?? "them"));
        focusCard(claim.id);
      } catch (error) {
        for (const current of currentClaimsOf(error)) dispatch({ type: "claimSaved", claim: current });
        throw error;
      } finally {
        setBusy((current) => setWith(current, claim.id, false));
      }
    },
    [api, dispatch, findClaim, setNotice, focusCard],
  );

  const sendFromCard = useCallback(
    (claim: TClaimView, command: TWorkflowCommandInput) => {
      sendCommand(claim, command).catch((error: unknown) => refuse(claim, messageOf(error)));
    },
    [sendCommand, refuse],
  );

  const moveClaim = useCallback(
    (claimId: string, to: TWorkflowStage) => {
      const claim = findClaim(claimId);
      if (!claim) return;
      setMenu(null);
      focusCard(claimId);
      const check = checkBoardMove(claim, to, latest.current.viewer);
      if (!check.ok) return refuse(claim, check.reason);
      if (check.command === "propose" || check.command === "return") {
        setNotice(claimId, null);
        setInputFor({ claimId, command: check.command });
        return;
      }
      const command = commandWithoutInput(check.command);
      if (command) sendFromCard(claim, command);
    },
    [findClaim, focusCard, refuse, setNotice, sendFromCard],
  );

  const assignClaim = useCallback(
    (claimId: string, assigneeId: string | null) => {
      const claim = findClaim(claimId);
      if (!claim) return;
      setMenu(null);
      focusCard(claimId);
      if (assigneeId === claim.assigneeId) {
        setNotice(claimId, { tone: "done", text: "Already assigned to them." });
        return;
      }
      const check = checkCommand(claim, assigneeId ? "assign" : "unassign", latest.current.viewer);
      if (!check.ok) return refuse(claim, check.reason);
      sendFromCard(claim, assigneeId ? { type: "assign", assigneeId } : { type: "unassign" });
    },
    [findClaim, focusCard, refuse, setNotice, sendFromCard],
  );

  const onMenu = useCallback((claimId: string, kind: TCardMenu | null) => {
    setMenu(kind ? { claimId, kind } : null);
  }, []);
  const onSelect = useCallback((claimId: string, on: boolean) => setSelected((current) => setWith(current, claimId, on)), []);

  // ---- the side panel
  const openClaim = useCallback((claimId: string) => setOpened({ kind: "claim", id: claimId }), []);
  const openEvidence = useCallback((evidenceId: string) => setOpened({ kind: "evidence", id: evidenceId }), []);
  const openedFromCard = useRef<string | null>(null);
  const onOpenCard = useCallback((claimId: string) => {
    openedFromCard.current = claimId;
    setOpened({ kind: "claim", id: claimId });
  }, []);
  const closePanel = useCallback(() => {
    setOpened(null);
    if (openedFromCard.current) focusCard(openedFromCard.current);
  }, [focusCard]);
  useEffect(() => {
    if (opened) sideRef.current?.focus();
  }, [opened]);
  const onSideKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    if (target.closest("dialog, details[open]")) return;
    if (isEditable(target)) {
      target.blur();
      sideRef.current?.focus();
      return;
    }
    closePanel();
  };

  // ---- bulk actions (editors and owners), on the selected cards still shown
  const selectedShown = useMemo(() => shownClaims.filter((claim) => selected.has(claim.id)), [shownClaims, selected]);
  const [bulk, setBulk] = useState<{ pending: boolean; result: TCardNotice | null }>({ pending: false, result: null });
  const runBulk = useCallback(
    async (command: TBulkCommand, describe: (count: number) => string) => {
      const ids = selectedShown.map((claim) => claim.id);
      if (ids.length === 0) return;
      // The versions the editor decided on: a claim a teammate changed since refuses the whole batch (409).
      const versions = versionsOf(ids.map((id) => findClaim(id)).filter((claim) => claim !== undefined));
      setBulk({ pending: true, result: null });
      try {
        const { claims: saved } = await api.applyBulkWorkflowCommand(ids, command, versions);
        for (const claim of saved) dispatch({ type: "claimSaved", claim });
        const text = describe(saved.length);
        setBulk({ pending: false, result: { tone: "done", text } });
        setAnnouncement(text);
        setSelected(NO_IDS);
      } catch (error) {
        for (const current of currentClaimsOf(error)) dispatch({ type: "claimSaved", claim: current });
        setBulk({ pending: false, result: { tone: "error", text: messageOf(error) } });
      }
    },
    [api, dispatch, findClaim, selectedShown],
  );
  const plural = (count: number) => `${count} ${count === 1 ? "claim" : "claims"}`;
  const onBulkAssign = (assigneeId: string) =>
    void runBulk({ type: "assign", assigneeId }, (n) => `Assigned ${plural(n)} to ${memberNames.get(assigneeId) ?? "them"}.`);
  const onBulkMove = (toStage: TWorkflowStage) =>
    void runBulk({ type: "move", toStage }, (n) =>
      toStage === "researching"
        ? `Moved ${plural(n)} to ${STAGE_LABELS[toStage]}, assigned to you.`
        : `Moved ${plural(n)} to ${STAGE_LABELS[toStage]}.`,
    );
  const onSelectAll = (on: boolean) => setSelected(on ? new Set(shownClaims.map((claim) => claim.id)) : NO_IDS);

  const inputClaim = inputFor ? claims.find((claim) => claim.id === inputFor.claimId) : undefined;

  return (
    <div className={`review-layout${opened ? " with-panel" : ""}`}>
      <section ref={mainRef} className="review-main" aria-label="Review board">
        <ReviewProgress progress={progress} />
        <ReviewToolbar
          filters={toolbarFilters}
          query={query}
          viewer={viewer}
          members={members}
          shown={shownClaims.length}
          strengthStatus={strengths.status}
          total={claims.length}
          onFiltersChange={setFilters}
          onQueryChange={onQueryChange}
        />
        {canManage ? (
          <BulkActions
            selectedCount={selectedShown.length}
            shownCount={shownClaims.length}
            assignees={assignees}
            pending={bulk.pending}
            result={bulk.result}
            onSelectAll={onSelectAll}
            onClearSelection={() => setSelected(NO_IDS)}
            onAssign={onBulkAssign}
            onMove={onBulkMove}
          />
        ) : null}
        <p className="review-status small" role="status" data-testid="review-status">
          {announcement}
        </p>
        <ReviewStageSwitcher columns={columns} shown={shownStage} onShow={setShownStage} />
        <ReviewColumns
          columns={columns}
          shownStage={shownStage}
          summaries={summaries}
          viewer={viewer}
          memberNames={memberNames}
          assignees={assignees}
          selectable={canManage}
          selected={selected}
          menu={menu}
          notices={notices}
          busy={busy}
          onOpen={onOpenCard}
          onMove={moveClaim}
          onAssign={assignClaim}
          onSelect={onSelect}
          onMenu={onMenu}
        />
      </section>
      {opened ? (
        <div ref={sideRef} className="review-side" tabIndex={-1} onKeyDown={onSideKeyDown} data-testid="review-side-panel">
          <SheetBar onClose={closePanel} />
          {opened.kind === "claim" ? (
            <ClaimPanel key={opened.id} claimId={opened.id} onClose={closePanel} onOpenEvidence={openEvidence} onOpenClaim={openClaim} />
          ) : (
            <EvidencePanel key={opened.id} evidenceId={opened.id} onClose={closePanel} onOpenClaim={openClaim} />
          )}
        </div>
      ) : null}
      {inputFor && inputClaim ? (
        <MoveInputDialog
          key={`${inputFor.claimId}-${inputFor.command}`}
          claim={inputClaim}
          command={inputFor.command}
          onCancel={() => {
            focusCard(inputFor.claimId);
            setInputFor(null);
          }}
          onSubmit={async (command) => {
            await sendCommand(inputClaim, command);
            setInputFor(null);
          }}
        />
      ) : null}
    </div>
  );
}
