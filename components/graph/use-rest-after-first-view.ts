import { startTransition, useEffect, useState } from "react";

/**
 * False until the first view has been drawn, then true, set in a transition.
 *
 * A small board draws its first view with only the nodes in view (a readable first view shows a few of them), so the
 * page answers sooner; the rest are then rendered in a transition, which React splits into short slices so input
 * is handled in between. Once they are in, every node is in the page again for the keyboard and for find-in-page.
 */
export function useRestAfterFirstView(firstViewReady: boolean): boolean {
  const [rest, setRest] = useState(false);
  useEffect(() => {
    if (!firstViewReady || rest) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the frame that draws the first view (a timeout from a frame callback runs after that frame's paint).
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setRest(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [firstViewReady, rest]);
  return rest;
}
