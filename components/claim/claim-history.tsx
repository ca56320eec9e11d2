"use client";

import { useEffect, useState } from "react";
import type { TActivityEntryView } from "@/lib/activity/types";
import { ActivityList } from "../activity/activity-list";
import { useBoardStore } from "../board/board-store";
import { FormError } from "../ui/form-error";
import { useAsyncAction } from "../ui/use-async-action";

/**
 * The claim's history, loaded when first opened so the panel stays quick,
 * then kept current from the live stream (comments and workflow moves included).
 */
export function ClaimHistory({ claimId, version }: { claimId: string; version: number }) {
  const { api, onActivity } = useBoardStore();
  const [entries, setEntries] = useState<{ forVersion: number; list: TActivityEntryView[] } | null>(null);
  const { pending, error, run } = useAsyncAction();
  const load = () =>
    void run(async () => {
      const { entries: list } = await api.listActivity(claimId);
      setEntries({ forVersion: version, list });
    });
  useEffect(
    () =>
      onActivity((entry) => {
        if (entry.claimId !== claimId) return;
        setEntries((current) =>
          current && !current.list.some((known) => known.id === entry.id) ? { ...current, list: [entry, ...current.list] } : current,
        );
      }),
    [onActivity, claimId],
  );
  return (
    <details
      className="claim-history"
      onToggle={(event) => {
        if ((event.currentTarget as HTMLDetailsElement).open && entries?.forVersion !== version) load();
      }}
    >
      <summary>History</summary>
      <FormError message={error} />
      {pending && !entries ? <p className="muted small">Loading…</p> : null}
      {entries ? <ActivityList entries={entries.list} showClaim={false} /> : null}
    </details>
  );
}
