import { describe, expect, it } from "vitest";
import type { TBoardView } from "@/lib/board/types";
import { testBoard } from "@/lib/testing/test-board";
import { boardReducer } from "../board/board-reducer";

describe("boardVisibilityChanged", () => {
  it("changes the board's visibility and nothing else", () => {
    const board = { ...testBoard(), id: "b1", visibility: "private" } as TBoardView;
    const next = boardReducer(board, { type: "boardVisibilityChanged", visibility: "public" });
    expect(next.visibility).toBe("public");
    expect({ ...next, visibility: "private" }).toEqual(board);
    expect(board.visibility).toBe("private");
  });
});
