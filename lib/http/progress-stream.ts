import "server-only";
import { DataError } from "../data/errors";
import { DATABASE_BUSY_MESSAGE, isDatabaseBusy } from "../db/database-busy";

export const PROGRESS_STREAM_TYPE = "application/x-ndjson";

/** One line of a progress stream: any number of progress lines, then exactly one done or error line. */
export type TProgressLine<TProgress, TResult> =
  | ({ type: "progress" } & TProgress)
  | ({ type: "done"; status: number } & TResult)
  | { type: "error"; status: number; error: string; [detail: string]: unknown };

/** True when the client asked (Accept: application/x-ndjson) to follow a long write as it goes. */
export function wantsProgressStream(request: Request): boolean {
  return (request.headers.get("accept") ?? "").toLowerCase().includes(PROGRESS_STREAM_TYPE);
}

/**
 * Runs `work` and answers with its result as JSON, or, when the client asked for progress, as newline-delimited
 * JSON: a line per progress report, then the result (type "done") or the refusal (type "error", with the status it
 * would have had). The stream starts at the first progress report, so a refusal before any work (authorization,
 * a malformed file) is still a plain 4xx with its status; after that the status is 200 and the last line tells.
 */
export async function respondWithProgress<TProgress extends object, TResult extends object>(
  request: Request,
  work: (onProgress: (progress: TProgress) => void) => Promise<TResult>,
  { successStatus = 200 }: { successStatus?: number } = {},
): Promise<Response> {
  if (!wantsProgressStream(request)) return Response.json(await work(() => {}), { status: successStatus });

  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const send = (line: TProgressLine<TProgress, TResult>) => {
    try {
      controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
    } catch {
      // The client went away; the work carries on to its end (all or nothing), unheard.
    }
  };
  const close = () => {
    try {
      controller.close();
    } catch {
      // Already cancelled by the client.
    }
  };
  return new Promise<Response>((resolve, reject) => {
    let streaming = false;
    const startStreaming = () => {
      if (streaming) return;
      streaming = true;
      resolve(new Response(body, { status: 200, headers: { "content-type": PROGRESS_STREAM_TYPE, "cache-control": "no-store" } }));
    };
    work((progress) => {
      startStreaming();
      send({ type: "progress", ...progress });
    }).then(
      (result) => {
        if (!streaming) return resolve(Response.json(result, { status: successStatus }));
        send({ type: "done", status: successStatus, ...result });
        close();
      },
      (error: unknown) => {
        if (!streaming) return reject(error);
        if (error instanceof DataError) send({ type: "error", status: error.status, error: error.message, ...error.details });
        else if (isDatabaseBusy(error)) send({ type: "error", status: 503, error: DATABASE_BUSY_MESSAGE });
        else {
          console.error("Unexpected error in", request.method, new URL(request.url).pathname, error);
          send({ type: "error", status: 500, error: "Something went wrong on the server. The change was not saved." });
        }
        close();
      },
    );
  });
}
