"use client";

import { useEffect, useRef, useState } from "react";
import { tablesToPage, type TBoardRowCounts, type TBoardRowsByTable, type TBoardRowsPage } from "@/lib/board/board-rows";
import type { TBoardView } from "@/lib/board/types";
import { BOARD_ROW_TABLES, type TBoardRowTable } from "@/lib/schemas/board-rows";
import type { TBoardApi } from "./board-api";

export type TBoardLoading = { rowsLoaded: number; rowsTotal: number; error: string | null };
type TLoadedRows = Pick<TBoardView, "claims" | "evidence" | "links" | "relations" | "undercuts" | "premiseGroups" | "positions" | "corrections">;

/**
 * Pages in every row of a large board whose page carried only its first slice (`totals` set), all tables at once, and
 * hands the whole set to `onLoaded` once, so views never see a board with links to claims not yet loaded.
 */
export function useRestOfBoard(
  api: TBoardApi,
  totals: TBoardRowCounts | null,
  onLoaded: (rows: TLoadedRows) => void,
): TBoardLoading | null {
  const rowsTotal = totals ? BOARD_ROW_TABLES.reduce((sum, table) => sum + totals[table], 0) : 0;
  const [loading, setLoading] = useState<TBoardLoading | null>(totals ? { rowsLoaded: 0, rowsTotal, error: null } : null);
  const loaded = useRef(onLoaded);
  useEffect(() => {
    loaded.current = onLoaded;
  });
  const wanted = totals !== null;
  // As a string, so the effect runs once for the page's totals, not again for an equal object.
  const tables = totals ? tablesToPage(totals).join(",") : "";
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    // Set the moment any table fails, so the failure shows at once and the other tables stop at their next page
    // (no later page clears the error).
    let failed = false;
    const fail = (error: unknown) => {
      if (cancelled || failed) return;
      failed = true;
      const message = error instanceof Error ? error.message : "the server did not answer";
      setLoading((current) => ({ rowsLoaded: current?.rowsLoaded ?? 0, rowsTotal, error: message }));
    };
    void (async () => {
      const rows: TBoardRowsByTable = {
        claims: [],
        evidence: [],
        links: [],
        relations: [],
        undercuts: [],
        premiseGroups: [],
        positions: [],
        corrections: [],
      };
      let rowsLoaded = 0;
      // The tables load side by side (each table's pages one after another, as its cursor needs), so the server
      // reads the next page while the browser parses the last one.
      const loadTable = async (table: TBoardRowTable) => {
        // Each page starts after the last row of the one before (a cursor, not an offset), so a row deleted meanwhile skips nothing.
        let after: string | null = null;
        try {
          do {
            const page: TBoardRowsPage = await api.rowsPage(table, after);
            if (cancelled || failed) return;
            for (const row of page.rows) (rows[table] as unknown[]).push(row);
            rowsLoaded += page.rows.length;
            setLoading({ rowsLoaded, rowsTotal: Math.max(rowsTotal, rowsLoaded), error: null });
            after = page.nextCursor;
          } while (after !== null);
        } catch (error) {
          // Marked where the page failed, before any other table's page in flight reports progress.
          fail(error);
        }
      };
      await Promise.all((tables.split(",").filter(Boolean) as TBoardRowTable[]).map(loadTable));
      if (cancelled || failed) return;
      const positions = Object.fromEntries(rows.positions.map(({ nodeId, x, y }) => [nodeId, { x, y }]));
      loaded.current({ ...rows, positions });
      setLoading(null);
    })().catch(fail);
    return () => {
      cancelled = true;
    };
  }, [api, wanted, rowsTotal, tables]);
  return loading;
}
