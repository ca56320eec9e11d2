"use client";

import { createContext, useContext, type ReactNode } from "react";
import { VERDICT_SCALE } from "@/lib/verdicts/verdict-scale";
import type { TVerdictScale } from "@/lib/verdicts/verdict-scale-overrides";

// The default scale outside a board, so a verdict shown anywhere still has a label, colour and icon.
const VerdictScaleContext = createContext<TVerdictScale>(VERDICT_SCALE);

/** The workspace's verdict scale for everything below; the board layout provides it from the board view. */
export function VerdictScaleProvider({ scale, children }: { scale: TVerdictScale; children: ReactNode }) {
  return <VerdictScaleContext.Provider value={scale}>{children}</VerdictScaleContext.Provider>;
}

/** How this workspace names, colours, describes and rates each verdict. */
export function useVerdictScale(): TVerdictScale {
  return useContext(VerdictScaleContext);
}
