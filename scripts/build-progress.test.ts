import { describe, expect, it } from "vitest";
import { buildPhaseOf, describeStillRunning, followBuildOutput } from "./build-progress.mjs";

describe("build progress", () => {
  it("recognises Next's phase lines, with or without a terminal's spinner marks", () => {
    expect(buildPhaseOf("   Creating an optimized production build ...")).toBe("compiling");
    expect(buildPhaseOf(" ✓ Compiled successfully in 61s")).toBeNull();
    expect(buildPhaseOf("   Running TypeScript ...")).toBe("type-checking");
    expect(buildPhaseOf("   Collecting page data using 1 worker ...")).toBe("collecting page data");
    expect(buildPhaseOf("   Generating static pages using 1 worker (0/12) ...")).toBe("generating pages");
    expect(buildPhaseOf("Route (app)")).toBeNull();
  });

  it("reports each phase once, also when a line arrives in pieces", () => {
    const seen: string[] = [];
    const follower = followBuildOutput((phase) => seen.push(phase));
    follower.push("   Creating an optimized production build ...\n ✓ Compiled successfully\n   Running Type");
    expect(seen).toEqual([]);
    follower.push("Script ...\n");
    follower.push("   Collecting page data using 1 worker ...\r\n   Collecting page data using 1 worker ...\n");
    expect(seen).toEqual(["type-checking", "collecting page data"]);
    expect(follower.current()).toBe("collecting page data");
  });

  it("says how long the build has run, in minutes and seconds", () => {
    expect(describeStillRunning("type-checking", 42_400)).toBe("Still type-checking (42 s into the build)…");
    expect(describeStillRunning("compiling", 125_000)).toBe("Still compiling (2 min 5 s into the build)…");
  });
});
