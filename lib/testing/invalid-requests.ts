// fast-check arbitraries for request bodies and ids that must be refused:
// each one breaks a rule the boundary or the data layer enforces, so a route
// that answers it with anything but a 4xx (or writes anything) is wrong.
// Corruptions start from a valid body, so they reach as deep as they can.
import fc from "fast-check";
import { MAX_JSON_DEPTH } from "../schemas/text-rule";

export type TJson = null | boolean | number | string | TJson[] | { [key: string]: TJson };

/** What a test sends: the body's bytes (or a stream of them) and its headers. */
export type TBodySpec = { kind: string; body: () => BodyInit | undefined; headers: Record<string, string> };

const JSON_HEADERS = { "content-type": "application/json" };
const json = (kind: string, value: unknown): TBodySpec => ({ kind, body: () => JSON.stringify(value), headers: JSON_HEADERS });

/** A NUL or a lone surrogate: the text rule's refusals. */
export const badCharacter = fc.oneof(
  fc.constant("\u0000"),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
);

type TPath = (string | number)[];

/** Every place in a JSON value: [path, value] for each node, the root first. */
function places(value: TJson, path: TPath = [], out: [TPath, TJson][] = []): [TPath, TJson][] {
  out.push([path, value]);
  if (Array.isArray(value)) value.forEach((child, index) => places(child, [...path, index], out));
  else if (value !== null && typeof value === "object") for (const [key, child] of Object.entries(value)) places(child, [...path, key], out);
  return out;
}

function setAt(root: TJson, path: TPath, value: TJson): TJson {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, TJson>;
  let parent = copy as Record<string | number, TJson>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, TJson>;
  parent[path.at(-1)!] = value;
  return copy as TJson;
}

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length]!;

/** A different JSON type from the value's, never null (which optional fields accept). */
function otherTypes(value: TJson): TJson[] {
  if (typeof value === "string") return [42, true, ["x"], { x: "x" }];
  if (typeof value === "number") return [String(value), false, [value], {}];
  if (typeof value === "boolean") return [String(value), 1, [value]];
  if (Array.isArray(value)) return ["x", 3, { length: 1 }];
  return ["x", 3, []];
}

/** Lazily streamed JSON text of the given size, so a huge body costs no memory to send. */
function streamOf(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"x":"'));
    },
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

export type TCorruptionOptions = {
  /** The endpoint's body cap in bytes. */
  maxBytes: number;
  /** Whether an unknown top-level field is refused (strict schemas). */
  strict: boolean;
  /** Whether a body sent as another content type must be refused (every jsonRoute write). */
  needsJsonContentType: boolean;
};

/** A corruption of a valid body that no endpoint may accept. */
export function invalidBody(valid: TJson, options: TCorruptionOptions): fc.Arbitrary<TBodySpec> {
  const all = places(valid);
  const strings = all.filter(([, value]) => typeof value === "string") as [TPath, string][];
  const keyed = all.filter(([path]) => typeof path.at(-1) === "string");
  const typed = all.filter(([path, value]) => path.length > 0 && value !== null);
  const kinds: fc.Arbitrary<TBodySpec>[] = [
    // A bad character in a value, in a field name, or in a new field.
    fc.tuple(fc.nat(), fc.nat({ max: 40 }), badCharacter).map(([where, at, bad]) => {
      if (strings.length === 0) return json("bad text in a new field", { ...(valid as object), note: `x${bad}` });
      const [path, text] = pick(strings, where);
      const cut = at % (text.length + 1);
      return json("bad text in a value", setAt(valid, path, `${text.slice(0, cut)}${bad}${text.slice(cut)}`));
    }),
    fc.tuple(fc.nat(), badCharacter).map(([where, bad]) => {
      if (keyed.length === 0) return json("bad text in a field name", { [`x${bad}`]: 1 });
      const [path] = pick(keyed, where);
      const parentPath = path.slice(0, -1);
      const parent = parentPath.reduce<TJson>((node, step) => (node as Record<string | number, TJson>)[step]!, valid) as Record<string, TJson>;
      const renamed = Object.fromEntries(Object.entries(parent).map(([key, child]) => [key === path.at(-1) ? `${key}${bad}` : key, child]));
      return json("bad text in a field name", setAt(valid, parentPath, renamed));
    }),
    // Nested deeper than the boundary allows, at any place.
    // Written as text: JSON.stringify itself recurses, and would run out of stack first.
    fc.tuple(fc.nat(), fc.integer({ min: MAX_JSON_DEPTH + 1, max: 100_000 }), fc.boolean()).map(([where, depth, asObjects]): TBodySpec => {
      const [path] = pick(all, where);
      const marked = JSON.stringify(setAt(valid, path.length === 0 ? ["deep"] : path, "\u0001deep"));
      const deep = `${(asObjects ? '{"d":' : "[").repeat(depth)}"leaf"${(asObjects ? "}" : "]").repeat(depth)}`;
      return { kind: "nested too deeply", body: () => marked.replace('"\\u0001deep"', deep), headers: JSON_HEADERS };
    }),
    // Over the cap: streamed without a length, or with a Content-Length that says so.
    fc.constantFrom("streamed", "declared").map((how) =>
      how === "streamed"
        ? { kind: "huge, streamed", body: () => streamOf(options.maxBytes + 64 * 1024), headers: JSON_HEADERS }
        : { kind: "huge, declared", body: () => streamOf(options.maxBytes + 64 * 1024), headers: { ...JSON_HEADERS, "content-length": String(options.maxBytes + 64 * 1024) } },
    ),
    // Not an object at the top.
    fc.oneof(fc.array(fc.jsonValue(), { maxLength: 4 }), fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)).map((value) =>
      json("not an object", value),
    ),
    // Not JSON, or not UTF-8.
    fc.string({ maxLength: 40 }).map((text) => ({ kind: "not JSON", body: () => `{${text},`, headers: JSON_HEADERS })),
    fc.tuple(fc.nat(), fc.constantFrom(0xff, 0xc0, 0xed, 0x80)).map(([at, byte]) => {
      const bytes = new TextEncoder().encode(JSON.stringify(valid));
      const cut = at % (bytes.length + 1);
      const broken = new Uint8Array([...bytes.slice(0, cut), byte, ...bytes.slice(cut)]);
      return { kind: "not UTF-8", body: () => broken, headers: JSON_HEADERS };
    }),
  ];
  if (typed.length > 0) {
    // A field of the wrong type.
    kinds.push(
      fc.tuple(fc.nat(), fc.nat()).map(([where, which]) => {
        const [path, value] = pick(typed, where);
        return json(`wrong type at ${path.join(".")}`, setAt(valid, path, pick(otherTypes(value), which)));
      }),
    );
  }
  if (options.strict) {
    kinds.push(fc.stringMatching(/^[a-z]{1,12}$/).map((name) => json("unknown field", { ...(valid as object), [`zz${name}`]: "x" })));
  }
  if (options.needsJsonContentType) {
    kinds.push(
      fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "").map((type): TBodySpec => ({
        kind: `sent as ${type || "no content type"}`,
        body: () => JSON.stringify(valid),
        headers: type ? { "content-type": type } : {},
      })),
    );
  }
  return fc.oneof(...kinds);
}

/** Ids that name nothing the actor may reach: malformed, unknown, or given (another board's, another workspace's). */
export function badId(others: readonly string[]): fc.Arbitrary<string> {
  const malformed = fc.oneof(
    fc.constant(""),
    fc.string({ minLength: 65, maxLength: 80 }).map((text) => `a${text}`),
    fc.tuple(fc.stringMatching(/^[a-z0-9]{0,10}$/), fc.constantFrom(" ", "!", "/", "..", "%", "'", ";", "\u00e9", "\u0000", "\ud800")).map(([id, bad]) => `${id}${bad}`),
  );
  const unknown = fc.stringMatching(/^[a-z0-9]{24}$/);
  return others.length > 0 ? fc.oneof(malformed, unknown, fc.constantFrom(...others)) : fc.oneof(malformed, unknown);
}

/** Sets a bad id at one of the body's id fields. */
export function withBadBodyId(valid: TJson, idPaths: readonly TPath[], ids: fc.Arbitrary<string>): fc.Arbitrary<TBodySpec> {
  return fc.tuple(fc.nat(), ids).map(([where, id]) => {
    const path = pick(idPaths, where);
    return json(`bad id at ${path.join(".")}`, setAt(valid, path, id));
  });
}

export const validBody = (valid: TJson): TBodySpec => json("valid body", valid);
