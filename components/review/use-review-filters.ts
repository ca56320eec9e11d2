"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseReviewFilters, reviewFiltersSearch, type TReviewFilters } from "@/lib/review/review-filters";

/**
 * The review filters, kept in the address so a view can be shared and
 * reloaded. Replaced in place (no history entry per click). Like the graph's
 * filter, this uses the native history API, which Next keeps in step with
 * useSearchParams without asking the server for the page again.
 */
export function useReviewFilters(): [TReviewFilters, (next: TReviewFilters) => void] {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const key = reviewFiltersSearch(parseReviewFilters(searchParams));
  const filters = useMemo(() => parseReviewFilters(key), [key]);
  const setFilters = useCallback(
    (next: TReviewFilters) => {
      window.history.replaceState(null, "", `${pathname}${reviewFiltersSearch(next, window.location.search)}`);
    },
    [pathname],
  );
  return [filters, setFilters];
}
