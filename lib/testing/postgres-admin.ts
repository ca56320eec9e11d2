// Statements on the PostgreSQL server TEST_DATABASE_URL names, as its administrator: creating and dropping the
// databases the integration and end-to-end tests use.
import pg from "pg";

/** Runs one statement on TEST_DATABASE_URL's database. */
export async function postgresAdminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** TEST_DATABASE_URL with another database name. */
export function postgresUrlFor(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}
