"use client";

import { useSyncExternalStore } from "react";
import { localDate } from "@/lib/review/card-summary";

const subscribeNothing = () => () => {};

/**
 * Today (YYYY-MM-DD) in the reader's time zone; null while rendering on the
 * server, whose date and zone may differ, so nothing is marked overdue until
 * the browser knows.
 */
export function useToday(): string | null {
  return useSyncExternalStore(
    subscribeNothing,
    () => localDate(new Date()),
    () => null,
  );
}
