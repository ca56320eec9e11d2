// A server-sent events client for the benchmark: reads a board's live stream and hands over each entry.

export type TStreamEntry = { id: string; entityType: string; entityId: string; after: Record<string, unknown> | null };

export type TEventStreamClient = {
  /** Resolves once the server has started the stream (its first bytes arrived). */
  opened: Promise<void>;
  close(): void;
};

export function openEventStream(url: string, cookie: string | undefined, onEntry: (entry: TStreamEntry, at: number) => void): TEventStreamClient {
  const abort = new AbortController();
  let markOpened: () => void = () => {};
  let failOpen: (error: unknown) => void = () => {};
  const opened = new Promise<void>((resolve, reject) => {
    markOpened = resolve;
    failOpen = reject;
  });
  void (async () => {
    try {
      const response = await fetch(url, { headers: { accept: "text/event-stream", ...(cookie ? { cookie } : {}) }, signal: abort.signal });
      if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.now();
        markOpened();
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) !== -1) {
          const data = buffer.slice(0, end).split("\n").find((line) => line.startsWith("data: "));
          buffer = buffer.slice(end + 2);
          if (data) onEntry(JSON.parse(data.slice("data: ".length)) as TStreamEntry, at);
        }
      }
    } catch (error) {
      if (!abort.signal.aborted) failOpen(error);
    }
  })();
  return { opened, close: () => abort.abort() };
}
