// The throughput scenario's yardstick: a bare Node http server that answers each request with a
// single-row INSERT, nothing else (no framework, no session, no authorization, no validation).
//   node bench/servers/bare-write-server.mjs sqlite <file> <port>
//   node bench/servers/bare-write-server.mjs postgresql <url> <port>
// SQLite: better-sqlite3 in WAL mode, as the app's database. PostgreSQL: a pg pool of 10, as the app's.
import Database from "better-sqlite3";
import { createServer } from "node:http";
import pg from "pg";

const [provider, target, portText] = process.argv.slice(2);
const port = Number(portText);
if (!["sqlite", "postgresql"].includes(provider ?? "") || !target || !Number.isInteger(port)) {
  console.error("usage: bare-write-server.mjs sqlite|postgresql <file|url> <port>");
  process.exit(2);
}

const CREATE = "CREATE TABLE IF NOT EXISTS bench_write (id INTEGER PRIMARY KEY, client TEXT NOT NULL, body TEXT NOT NULL, at TEXT NOT NULL)";

/** @type {(client: string, body: string) => Promise<number>} */
let insert;
if (provider === "sqlite") {
  const db = new Database(target, { timeout: 10_000 });
  db.pragma("journal_mode = WAL");
  db.exec(CREATE);
  const statement = db.prepare("INSERT INTO bench_write (client, body, at) VALUES (?, ?, ?)");
  insert = async (client, body) => Number(statement.run(client, body, new Date().toISOString()).lastInsertRowid);
} else {
  const pool = new pg.Pool({ connectionString: target, max: 10 });
  await pool.query(CREATE.replace("INTEGER PRIMARY KEY", "SERIAL PRIMARY KEY"));
  insert = async (client, body) =>
    (await pool.query("INSERT INTO bench_write (client, body, at) VALUES ($1, $2, $3) RETURNING id", [client, body, new Date().toISOString()]))
      .rows[0].id;
}

createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    insert(request.url ?? "/", body).then(
      (id) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ version: id }));
      },
      (error) => {
        console.error(error);
        response.writeHead(500, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: String(error) }));
      },
    );
  });
}).listen(port, "127.0.0.1", () => console.log(`bare ${provider} write server on ${port}`));
