// The part every server-sent-event stream here shares: one read at a time (a wake during a read makes it read once
// more after), the session checked again every sessionCheckMs, a heartbeat comment after heartbeatMs of silence, and
// one close for every way it ends (the client going, a failed check, an error).
export const HEARTBEAT_MS = 15_000;
/**
 * How often a stream checks its session again: sign-out and expiry leave
 * nothing in the log, so only a timer finds them.
 */
export const SESSION_CHECK_MS = 60_000;

/** What one read may do: send an event, close the stream, and ask whether it closed meanwhile. */
export type TEventStreamWriter = { send: (text: string) => void; close: () => void; isClosed: () => boolean };

export type TWakeableEventStreamOptions = {
  /** One read: whatever is new since the last one, sent through the writer. */
  read: (writer: TEventStreamWriter) => Promise<void>;
  /** Whether the viewer's session still holds (checked every sessionCheckMs). */
  sessionValid: () => Promise<boolean>;
  /** Calls `wake` whenever there may be something new; returns the unsubscribe. */
  subscribe: (wake: () => void) => () => void;
  /** Ends the stream when the client goes. */
  signal: AbortSignal;
  /** Named in the log when a read fails. */
  name: string;
  heartbeatMs?: number;
  sessionCheckMs?: number;
};

/** A stream that reads once at the start and again on every wake, until the client goes or a read closes it. */
export function createWakeableEventStream(options: TWakeableEventStreamOptions): ReadableStream<Uint8Array> {
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const sessionCheckMs = options.sessionCheckMs ?? SESSION_CHECK_MS;
  const encoder = new TextEncoder();
  let closed = false;
  let reading = false;
  let readAgain = false;
  let recheck = false;
  let lastWrite = Date.now();
  let lastChecked = Date.now();
  let unsubscribe = () => {};
  let timer: ReturnType<typeof setInterval> | undefined;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(timer);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const send = (text: string) => {
        controller.enqueue(encoder.encode(text));
        lastWrite = Date.now();
      };
      const writer: TEventStreamWriter = { send, close, isClosed: () => closed };
      const read = async () => {
        reading = true;
        try {
          do {
            readAgain = false;
            if (recheck) {
              recheck = false;
              lastChecked = Date.now();
              if (!(await options.sessionValid())) return close();
            }
            await options.read(writer);
          } while (readAgain && !closed);
        } catch (error) {
          // The client's EventSource reconnects on its own.
          console.error(`${options.name} stream stopped`, error);
          close();
        } finally {
          reading = false;
        }
      };
      const wake = () => {
        if (closed) return;
        if (reading) readAgain = true;
        else void read();
      };
      options.signal.addEventListener("abort", close);
      if (options.signal.aborted) return close();
      send("retry: 2000\n\n");
      unsubscribe = options.subscribe(wake);
      timer = setInterval(() => {
        if (Date.now() - lastChecked >= sessionCheckMs) {
          recheck = true;
          wake();
        }
        if (!closed && Date.now() - lastWrite >= heartbeatMs) send(": still here\n\n");
      }, Math.min(heartbeatMs, sessionCheckMs));
      // The first read starts the page from the truth.
      wake();
    },
    cancel() {
      closed = true;
      clearInterval(timer);
      unsubscribe();
    },
  });
}
