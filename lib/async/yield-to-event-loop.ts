/**
 * Resolves after the event loop has served what is waiting (I/O callbacks, other requests), so a long job run in
 * slices doesn't hold everyone else up. setImmediate, not a microtask: microtasks run before I/O.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
