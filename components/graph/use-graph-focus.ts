"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useState } from "react";

export const FOCUS_PARAM = "focus";
export const HOPS_PARAM = "hops";
export const DEFAULT_HOPS = 2;
export const MAX_HOPS = 3;

export type TGraphFocus = {
  /** The claims focused on, in the order the reader came by; the last is the focus. Empty: no focus. */
  trail: string[];
  hops: number;
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The focus from the address: ids that look like ids, at most 12, and hops 1–3 (default 2). */
export function parseFocus(focus: string | null, hops: string | null): TGraphFocus {
  const trail = (focus ?? "").split(",").filter((id) => ID.test(id)).slice(-12);
  const n = Number(hops);
  return { trail, hops: Number.isInteger(n) && n >= 1 && n <= MAX_HOPS ? n : DEFAULT_HOPS };
}

export function focusSearch(current: string, focus: TGraphFocus): string {
  const params = new URLSearchParams(current);
  if (focus.trail.length > 0) params.set(FOCUS_PARAM, focus.trail.join(","));
  else params.delete(FOCUS_PARAM);
  if (focus.trail.length > 0 && focus.hops !== DEFAULT_HOPS) params.set(HOPS_PARAM, String(focus.hops));
  else params.delete(HOPS_PARAM);
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
}

/**
 * Focus mode, kept in the address so a focused view can be shared: `?focus=a,b&hops=2` shows b's
 * neighbourhood and the breadcrumbs a › b. Like the filter, a local copy answers at once.
 */
export function useGraphFocus(): {
  focus: TGraphFocus;
  focusOn: (id: string) => void;
  backTo: (index: number) => void;
  setHops: (hops: number) => void;
  leave: () => void;
} {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const fromAddress = `${searchParams.get(FOCUS_PARAM) ?? ""}|${searchParams.get(HOPS_PARAM) ?? ""}`;
  const [local, setLocal] = useState({ address: fromAddress, focus: parseFocus(searchParams.get(FOCUS_PARAM), searchParams.get(HOPS_PARAM)) });
  if (local.address !== fromAddress) {
    setLocal({ address: fromAddress, focus: parseFocus(searchParams.get(FOCUS_PARAM), searchParams.get(HOPS_PARAM)) });
  }
  const focus = local.focus;
  const apply = useCallback(
    (next: TGraphFocus) => {
      setLocal((current) => ({ ...current, focus: next }));
      window.history.replaceState(null, "", `${pathname}${focusSearch(window.location.search.slice(1), next)}`);
    },
    [pathname],
  );
  const focusOn = useCallback(
    (id: string) => {
      const at = focus.trail.indexOf(id);
      apply({ ...focus, trail: at >= 0 ? focus.trail.slice(0, at + 1) : [...focus.trail, id] });
    },
    [apply, focus],
  );
  const backTo = useCallback((index: number) => apply({ ...focus, trail: focus.trail.slice(0, index + 1) }), [apply, focus]);
  const setHops = useCallback((hops: number) => apply({ ...focus, hops }), [apply, focus]);
  const leave = useCallback(() => apply({ trail: [], hops: focus.hops }), [apply, focus.hops]);
  return useMemo(() => ({ focus, focusOn, backTo, setHops, leave }), [focus, focusOn, backTo, setHops, leave]);
}
