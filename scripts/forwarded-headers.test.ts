import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { parseTrustedProxy, settleForwardedHeaders } from "./forwarded-headers.mjs";

function request(peer: string, headers: Record<string, string>, encrypted = false): IncomingMessage {
  const socket = { remoteAddress: peer, encrypted };
  return { socket, connection: socket, headers: { ...headers } } as unknown as IncomingMessage;
}

describe("settleForwardedHeaders", () => {
  it("without a trusted proxy, takes the client from the socket and drops what the client claims", () => {
    const req = request("203.0.113.7", {
      "x-forwarded-for": "198.51.100.1",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "localhost",
      forwarded: "for=198.51.100.1",
      "x-real-ip": "198.51.100.1",
    });
    expect(settleForwardedHeaders(req, parseTrustedProxy(undefined))).toEqual({ client: "203.0.113.7", proto: "http" });
    expect(req.headers).toEqual({ "x-forwarded-for": "203.0.113.7", "x-forwarded-proto": "http" });
  });

  it("behind a trusted proxy, takes the nearest untrusted hop, and the proxy's protocol and host", () => {
    const req = request("10.0.0.2", {
      "x-forwarded-for": "198.51.100.1, 192.0.2.44, 10.0.0.9",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "claims.example.org",
    });
    expect(settleForwardedHeaders(req, parseTrustedProxy("10.0.0.0/8"))).toEqual({ client: "192.0.2.44", proto: "https" });
    expect(req.headers["x-forwarded-for"]).toBe("192.0.2.44");
    expect(req.headers["x-forwarded-host"]).toBe("claims.example.org");
  });

  it("ignores forwarding headers from a peer that is not the trusted proxy", () => {
    const req = request("192.0.2.50", { "x-forwarded-for": "198.51.100.1", "x-forwarded-proto": "https" });
    expect(settleForwardedHeaders(req, parseTrustedProxy("10.0.0.2"))).toEqual({ client: "192.0.2.50", proto: "http" });
  });

  it("counts hops when given a number", () => {
    const header = { "x-forwarded-for": "198.51.100.1, 192.0.2.44" };
    expect(settleForwardedHeaders(request("10.0.0.2", header), parseTrustedProxy("1")).client).toBe("192.0.2.44");
    expect(settleForwardedHeaders(request("10.0.0.2", header), parseTrustedProxy("2")).client).toBe("198.51.100.1");
  });

  it("accepts the loopback name and IPv4-mapped socket addresses", () => {
    const req = request("::ffff:127.0.0.1", { "x-forwarded-for": "198.51.100.1" });
    expect(settleForwardedHeaders(req, parseTrustedProxy("loopback")).client).toBe("198.51.100.1");
  });

  it("says https for a TLS socket whatever the headers say", () => {
    expect(settleForwardedHeaders(request("203.0.113.7", { "x-forwarded-proto": "http" }, true), parseTrustedProxy("")).proto).toBe("https");
  });

  it("refuses a trusted-proxy setting it cannot read", () => {
    expect(() => parseTrustedProxy("10.0.0.0/8, not-an-address")).toThrow();
  });
});
