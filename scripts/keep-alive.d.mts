export const DEFAULT_KEEP_ALIVE_SECONDS: number;
export function parseKeepAliveSeconds(value: string | undefined): number;
