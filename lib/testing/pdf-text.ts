// The text a PDF from pdfkit's built-in fonts shows, for tests: each content stream inflated, each text object's
// hex strings decoded (WinAnsi), one line per text object. Not a general PDF reader.
import { inflateSync } from "node:zlib";

const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹",
  0x8c: "Œ", 0x8e: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™",
  0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

function decodeHex(hex: string): string {
  let out = "";
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI_HIGH[code] ?? String.fromCharCode(code);
  }
  return out;
}

export function isPdf(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes);
  return buffer.subarray(0, 5).toString("latin1") === "%PDF-" && buffer.subarray(-1024).toString("latin1").includes("%%EOF");
}

export function pdfPageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
}

export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  const lines: string[] = [];
  const streams = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let match = streams.exec(raw); match; match = streams.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf("endstream", start);
    let body = Buffer.from(raw.slice(start, end), "latin1");
    if (/\/FlateDecode/.test(match[1]!)) {
      try {
        body = inflateSync(body);
      } catch {
        continue;
      }
    }
    const content = body.toString("latin1");
    for (const block of content.split(/\bBT\b/).slice(1)) {
      const textObject = block.split(/\bET\b/)[0]!;
      const parts = [...textObject.matchAll(/<([0-9a-fA-F]*)>/g)].map((hex) => decodeHex(hex[1]!));
      if (parts.length > 0) lines.push(parts.join(""));
    }
  }
  return lines.join("\n");
}
