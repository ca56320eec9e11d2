import type { TLayoutEngine } from "@/lib/graph/auto-layout";
import type { TBoardGraph, TPoint } from "@/lib/graph/types";
import type { TGraphDirection } from "@/lib/schemas/vocabulary";

export type TLayoutRequest = { id: number; graph: TBoardGraph; direction: TGraphDirection };
export type TLayoutResponse = { id: number; positions: Record<string, TPoint>; engine: TLayoutEngine; ms: number };
