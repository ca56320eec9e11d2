"use client";

import { createContext, useContext } from "react";

/** Below this zoom node text is under 5 px on screen: nodes draw as light boxes (fewer elements to mount and paint). */
export const LOW_DETAIL_ZOOM = 0.4;

/** True while zoomed out below LOW_DETAIL_ZOOM; nodes read it, so crossing the line re-renders them once. */
export const GraphLowDetailContext = createContext(false);

export type TGraphActions = { expand: (claimId: string) => void };
export const GraphActionsContext = createContext<TGraphActions>({ expand: () => undefined });

export const useGraphLowDetail = () => useContext(GraphLowDetailContext);
export const useGraphActions = () => useContext(GraphActionsContext);
