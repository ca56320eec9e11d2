"use client";

import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import type { TClaimView } from "@/lib/board/types";
import { FOCUS_CARD_EVENT, type TFocusCardRequest } from "./card-focus";

// A card is about this tall before it is measured; each drawn card is then measured as it is.
const ESTIMATED_CARD_PX = 170;
const GAP_PX = 7;
const OVERSCAN = 6;

const scrolls = (element: Element) => /(auto|scroll)/.test(getComputedStyle(element).overflowY);

/** The element that scrolls the list: the list itself on a wide screen, the whole view on a phone. */
function scrollerOf(list: HTMLElement): HTMLElement {
  if (scrolls(list)) return list;
  for (let parent = list.parentElement; parent; parent = parent.parentElement) if (scrolls(parent)) return parent;
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : list;
}

/**
 * One column's cards, only those in (or near) view drawn, so a board of 10,000 claims renders a few dozen
 * cards and a keystroke in the filter re-renders only those. The focused card stays drawn while scrolled
 * away, and a request to focus a card not drawn (arrow keys, a moved card) scrolls to it first.
 */
export function VirtualCards({ claims, renderCard }: { claims: readonly TClaimView[]; renderCard: (claim: TClaimView) => ReactNode }) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scroller, setScroller] = useState<{ element: HTMLElement; margin: number } | null>(null);

  // Which element scrolls changes with the screen's width (responsive.css): look again on a resize.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const find = () => {
      const element = scrollerOf(list);
      const margin =
        element === list ? 0 : list.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop;
      setScroller((current) =>
        current?.element === element && Math.abs(current.margin - margin) < 1 ? current : { element, margin },
      );
    };
    find();
    // A column shown by the stage switcher (it was display: none) resizes from nothing: its offset is known only now.
    const resized = new ResizeObserver(find);
    resized.observe(list);
    window.addEventListener("resize", find);
    return () => {
      resized.disconnect();
      window.removeEventListener("resize", find);
    };
  }, []);

  const focused = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const keep = focused.current;
    if (keep === null || keep >= range.count || indexes.includes(keep)) return indexes;
    return [...indexes, keep].sort((a, b) => a - b);
  }, []);

  // This project builds without the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: claims.length,
    getScrollElement: () => scroller?.element ?? null,
    estimateSize: () => ESTIMATED_CARD_PX,
    getItemKey: (index) => claims[index]?.id ?? index,
    overscan: OVERSCAN,
    gap: GAP_PX,
    scrollMargin: scroller?.margin ?? 0,
    rangeExtractor,
  });

  // Focus asked for a card that is not drawn: scroll it into range, then focus it once drawn.
  const pendingFocus = useRef<number | null>(null);
  useEffect(() => {
    const column = listRef.current?.closest<HTMLElement>("[data-review-column]");
    if (!column) return;
    const onRequest = (event: Event) => {
      const request = (event as CustomEvent<TFocusCardRequest>).detail;
      const index = "index" in request ? request.index : claims.findIndex((claim) => claim.id === request.claimId);
      if (index < 0 || index >= claims.length) return;
      event.preventDefault();
      pendingFocus.current = index;
      virtualizer.scrollToIndex(index, { align: "auto" });
    };
    column.addEventListener(FOCUS_CARD_EVENT, onRequest);
    return () => column.removeEventListener(FOCUS_CARD_EVENT, onRequest);
  }, [claims, virtualizer]);
  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const card = listRef.current?.querySelector<HTMLElement>(`[data-card-index="${index}"] [data-review-card]`);
    if (!card) return;
    pendingFocus.current = null;
    card.focus({ preventScroll: true });
  });

  const margin = scroller?.margin ?? 0;
  return (
    <div
      ref={listRef}
      className="review-column-cards"
      onFocus={(event) => {
        const index = Number(event.target.closest<HTMLElement>("[data-card-index]")?.dataset.cardIndex);
        focused.current = Number.isInteger(index) ? index : null;
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focused.current = null;
      }}
    >
      <ol className="review-column-list" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const claim = claims[item.index];
          if (!claim) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-card-index={item.index}
              style={{ transform: `translateY(${item.start - margin}px)` }}
            >
              {renderCard(claim)}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
