"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { KIND_PARAM, VERDICT_PARAM, filterKey, graphFilterSearch, parseFilterKey, parseGraphFilter, type TGraphFilter } from "./graph-filter";

/**
 * The verdict and kind filter, kept in the address. A local copy answers a click at once; the
 * address catches up (the native history API updates useSearchParams without a server round trip).
 */
export function useGraphFilter(onChange: () => void): [TGraphFilter, (next: TGraphFilter) => void] {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const addressKey = filterKey(parseGraphFilter(searchParams.get(VERDICT_PARAM), searchParams.get(KIND_PARAM)));
  const [localFilter, setLocalFilter] = useState({ address: addressKey, key: addressKey });
  if (localFilter.address !== addressKey) setLocalFilter({ address: addressKey, key: addressKey });
  const activeKey = localFilter.address === addressKey ? localFilter.key : addressKey;
  const filter = useMemo(() => parseFilterKey(activeKey), [activeKey]);
  const setFilter = useCallback(
    (next: TGraphFilter) => {
      setLocalFilter((current) => ({ ...current, key: filterKey(next) }));
      onChange();
      window.history.replaceState(null, "", `${pathname}${graphFilterSearch(window.location.search.slice(1), next)}`);
    },
    [pathname, onChange],
  );
  return [filter, setFilter];
}
