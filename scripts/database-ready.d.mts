export const DEMO_WORKSPACE_SLUG: string;
export const DEMO_EMAILS: string[];
export function readDatabaseTarget(
  databaseUrl: string | undefined,
): { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string } | null;
export function isDatabaseReady(options?: { databaseUrl?: string; migrationsDir?: string; demoWanted?: boolean }): Promise<boolean>;
