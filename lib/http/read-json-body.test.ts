import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DataError } from "../data/errors";
import { readJsonBody, readLargeJsonBody } from "./read-json-body";

const ZNote = z.strictObject({ note: z.string() });

const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://127.0.0.1/api/x", { method: "POST", body, headers });

// readLargeJsonBody reads in slices that yield to the event loop, with the same checks and answers.
describe.each([
  ["readJsonBody", readJsonBody],
  ["readLargeJsonBody", readLargeJsonBody],
] as const)("%s", (_name, read) => {
  async function refusal(request: Request, maxBytes?: number): Promise<DataError> {
    const error = await read(request, ZNote, maxBytes).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }

  it("reads a JSON object and validates it", async () => {
    await expect(read(post(JSON.stringify({ note: "naïve 👍" })), ZNote)).resolves.toEqual({ note: "naïve 👍" });
  });

  it("refuses lone surrogates and NUL in values and keys with 400 naming the field, before the schema runs", async () => {
    const surrogate = await refusal(post('{"note":"a\\ud800b"}'));
    expect(surrogate.status).toBe(400);
    expect(surrogate.message).toBe("note contains a lone UTF-16 surrogate (U+D800), which is not valid Unicode text");
    expect(surrogate.details).toEqual({ issues: [{ path: "note", message: surrogate.message }] });
    expect((await refusal(post('{"note":"a\\u0000b"}'))).message).toMatch(/^note contains a NUL character/);
    expect((await refusal(post('{"no\\udc00te":"x"}'))).message).toMatch(/^a field name in body contains a lone UTF-16 surrogate/);
  });

  it("refuses bytes that are not UTF-8 with 400", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"note":"'), 0xff, 0xfe, ...new TextEncoder().encode('"}')]);
    const error = await refusal(post(bytes));
    expect(error.status).toBe(400);
    expect(error.message).toBe("Request body is not valid UTF-8 text.");
    // An encoded surrogate (CESU-8) is not UTF-8 either.
    expect((await refusal(post(new Uint8Array([0x7b, 0x22, 0x6e, 0x6f, 0x74, 0x65, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d])))).status).toBe(400);
  });

  it("refuses JSON nested too deeply with 400", async () => {
    const error = await refusal(post(`{"note":${"[".repeat(5000)}${"]".repeat(5000)}}`));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/nested too deeply/);
  });

  it("refuses a body over the cap with 413", async () => {
    expect((await refusal(post(JSON.stringify({ note: "x".repeat(200) })), 100)).status).toBe(413);
  });

  it("stops reading a streamed body as soon as it passes the cap, and cancels the stream", async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    // 200 MB, produced only as it is read.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 200_000_000) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request("http://127.0.0.1/api/x", { method: "POST", body, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    const error = await refusal(request);
    expect(error.status).toBe(413);
    expect(error.message).toBe("Request body is too large (over 1,000,000 bytes).");
    expect(cancelled).toBe(true);
    // What was read is the cap and what the stream had queued ahead, not the 200 MB.
    expect(pulled).toBeLessThan(2_000_000);
  });

  it("refuses a declared Content-Length over the cap before reading anything", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(10));
      },
    });
    const request = new Request("http://127.0.0.1/api/x", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "content-length": "5000000" },
      duplex: "half",
    } as RequestInit);
    expect((await refusal(request)).status).toBe(413);
    // A ReadableStream pulls once on its own to fill its queue; nothing is read past that.
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("insists on Content-Type: application/json", async () => {
    expect((await refusal(post('{"note":"x"}', { "content-type": "text/plain" }))).message).toContain("Content-Type: application/json");
  });
});

describe("readLargeJsonBody", () => {
  it("reads a body of megabytes as readJsonBody does, yielding between slices, and keeps multi-byte characters whole across slices", async () => {
    const ZRows = z.strictObject({ rows: z.array(z.strictObject({ note: z.string() })) });
    // 2-byte characters, so the 1 MB decoding slices cut through some of them.
    const body = JSON.stringify({ rows: Array.from({ length: 30_000 }, (_, i) => ({ note: `é${"ü".repeat(i % 50)}👍${i}` })) });
    let pauses = 0;
    const read = await readLargeJsonBody(post(body), ZRows, 10_000_000, { pause: async () => void (pauses += 1), sliceMs: 0 });
    expect(read).toEqual(await readJsonBody(post(body), ZRows, 10_000_000));
    expect(pauses).toBeGreaterThan(30_000);
  });

  it("names a field breaking the text rule deep in a large body, as readJsonBody does", async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => ({ note: i === 4_321 ? "a\u0000b" : "fine" }));
    const body = JSON.stringify({ rows });
    const schema = z.record(z.string(), z.unknown());
    const [large, plain] = await Promise.all([readLargeJsonBody(post(body), schema), readJsonBody(post(body), schema)].map((p) => p.catch((e: unknown) => e)));
    expect(large).toBeInstanceOf(DataError);
    expect((large as DataError).message).toBe("rows.4321.note contains a NUL character (U+0000), which text here may not contain");
    expect((large as DataError).details).toEqual((plain as DataError).details);
  });
});
