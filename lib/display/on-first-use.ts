// Intl formatters are made on first use, not when their module loads: the first one a page makes costs tens of
// milliseconds (the browser loads its locale data), and a page such as the graph loads many modules that format
// only in messages it may never show.

/** A getter that makes its value on the first call and returns that same value afterwards. */
export function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
