export type TKnownHash = { stamp: string; hash: string };
export function fingerprintSources(
  root: string,
  options?: { env?: Record<string, string | undefined>; known?: Map<string, TKnownHash>; now?: number },
): { fingerprint: string; keep: Map<string, TKnownHash> };
export function sourceFingerprint(root: string, env?: Record<string, string | undefined>): string;
export function currentSourceFingerprint(root: string, env?: Record<string, string | undefined>): { fingerprint: string; save: () => void };
