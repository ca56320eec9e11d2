import { describe, expect, it, vi } from "vitest";
import { onFirstUse } from "./on-first-use";

describe("onFirstUse", () => {
  it("makes nothing until asked, then makes the value once", () => {
    const make = vi.fn(() => ({ made: true }));
    const get = onFirstUse(make);
    expect(make).not.toHaveBeenCalled();
    const first = get();
    expect(get()).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it("keeps a value that is undefined without making it again", () => {
    const make = vi.fn(() => undefined);
    const get = onFirstUse(make);
    get();
    get();
    expect(make).toHaveBeenCalledTimes(1);
  });
});
