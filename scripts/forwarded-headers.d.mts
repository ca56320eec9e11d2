import type { IncomingMessage } from "node:http";

export type TTrust = (address: string, index: number) => boolean;
export function parseTrustedProxy(value: string | undefined): TTrust;
export function settleForwardedHeaders(req: IncomingMessage, trust: TTrust): { client: string; proto: "http" | "https" };
