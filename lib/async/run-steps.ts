// Long synchronous work written once, as a generator that yields between small steps, and run either to the end at
// once (scripts, tests) or in time slices that give the event loop back between them (a server serving others).

/** Work that yields (no value) between steps and returns its result at the end. */
export type TSteps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runToEnd<T>(steps: TSteps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Steps for about `sliceMs` at a time, awaiting `pause` (e.g. yieldToEventLoop) between slices. */
export async function runInSlices<T>(steps: TSteps<T>, pause: () => Promise<void>, sliceMs = 8): Promise<T> {
  let sliceStarted = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStarted >= sliceMs) {
      await pause();
      sliceStarted = performance.now();
    }
  }
}

/** items.map(f), a step per item. */
export function* mapSteps<T, U>(items: readonly T[], f: (item: T, index: number) => U): TSteps<U[]> {
  const mapped: U[] = [];
  for (let index = 0; index < items.length; index += 1) {
    mapped.push(f(items[index]!, index));
    yield;
  }
  return mapped;
}
