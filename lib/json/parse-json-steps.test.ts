import { describe, expect, it } from "vitest";
import { runInSlices, runToEnd } from "../async/run-steps";
import { parseJsonSteps } from "./parse-json-steps";

const parse = (text: string) => runToEnd(parseJsonSteps(text));

/** What JSON.parse makes of the text: its value, or that it threw a SyntaxError. */
function outcome(read: () => unknown) {
  try {
    return { value: read() };
  } catch (error) {
    return { threw: error instanceof SyntaxError ? "SyntaxError" : String(error) };
  }
}

const VALID = [
  "{}",
  " \t\n\r{ } \n",
  '{"a":1}',
  '{"a":[]}',
  '{ "a" : [ 1 , 2 ] , "b" : { "c" : [ "x" ] } }',
  '{"rows":[{"id":"r1","tags":["a","b"],"n":-1.5e3},{"id":"r\\"2\\\\","nested":[[1],[2,[3]]]},null,true,false,"s",0]}',
  '{"s":"braces {[ in ]} a string","t":"quote \\" and backslash \\\\","u":"\\u005b\\u007b"}',
  '{"a":1,"a":2,"b":[1],"b":"last"}',
  '{"__proto__":{"polluted":true},"rows":[{"__proto__":[1]}]}',
  '{"emoji":"👍🏽","nul":"a\\u0000b","lone":"\\ud800"}',
  '{"deep":' + "[".repeat(500) + "]".repeat(500) + "}",
  '[1,2,{"a":3}]',
  '"just a string"',
  "42",
  "null",
];

const INVALID = [
  "",
  " ",
  "{",
  "}",
  '{"a"}',
  '{"a":}',
  '{"a":1,}',
  '{"a":[1,]}',
  '{"a":[,1]}',
  '{"a":[1 2]}',
  '{"a":[1}',
  '{"a":[{]}]}',
  '{"a":1}}',
  '{"a":1} x',
  '{"a":1}{}',
  "{'a':1}",
  '{a:1}',
  '{"a":01}',
  '{"a":tru}',
  '{"a":"unterminated}',
  '{"a":"\\"}',
  '{"a":[1]',
  '{"a":[1]] }',
  '{"a" 1}',
  '{"a":1 "b":2}',
  '{"a":"tab\there"}',
  '\uFEFF{"a":1}',
  '{"a":1\u00a0}',
  '{"a":[1\u2028]}',
  '{"a":NaN}',
  '{"a":[1][2]}',
  '{"a":"x""y"}',
  '{"a":{"b":1}"c"}',
];

describe("parseJsonSteps", () => {
  it("gives JSON.parse's value for valid JSON, own __proto__ keys and repeated keys included", () => {
    for (const text of VALID) {
      const value = parse(text);
      expect(value, text).toEqual(JSON.parse(text));
      expect(JSON.stringify(value), text).toBe(JSON.stringify(JSON.parse(text)));
      if (typeof value === "object" && value !== null) expect(Object.getPrototypeOf(value), text).toBe(Object.getPrototypeOf(JSON.parse(text)));
    }
    const proto = parse('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.hasOwn(proto, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parse('{"a":1,"b":2,"a":3}') as object)).toEqual(["a", "b"]);
  });

  it("throws a SyntaxError wherever JSON.parse would", () => {
    for (const text of INVALID) {
      expect(outcome(() => JSON.parse(text)), text).toEqual({ threw: "SyntaxError" });
      expect(outcome(() => parse(text)), text).toEqual({ threw: "SyntaxError" });
    }
  });

  it("agrees with JSON.parse on every cut and every single-character change of a document", () => {
    const document = '{"a":[{"b":"c\\"]","d":[1,-2.5e1,true,null]},"x"],"e":{"f":[]},"g":[ ]}';
    const variants = new Set<string>();
    for (let at = 0; at <= document.length; at += 1) {
      variants.add(document.slice(0, at));
      for (const char of ['"', "\\", "[", "]", "{", "}", ",", ":", " ", "1", "x"]) {
        variants.add(document.slice(0, at) + char + document.slice(at));
        variants.add(document.slice(0, at) + char + document.slice(at + 1));
      }
      variants.add(document.slice(0, at) + document.slice(at + 1));
    }
    for (const text of variants) expect(outcome(() => parse(text)), text).toEqual(outcome(() => JSON.parse(text)));
  });

  it("yields between the elements of a top-level object's arrays", async () => {
    let pauses = 0;
    const text = JSON.stringify({ head: { title: "t" }, rows: Array.from({ length: 1_000 }, (_, i) => ({ i })) });
    expect(await runInSlices(parseJsonSteps(text), async () => void (pauses += 1), 0)).toEqual(JSON.parse(text));
    expect(pauses).toBeGreaterThanOrEqual(1_000);
  });
});
