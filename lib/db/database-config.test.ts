import { describe, expect, it } from "vitest";
import { readDatabaseConfig } from "./database-config";

describe("readDatabaseConfig", () => {
  it("defaults to the embedded SQLite file", () => {
    expect(readDatabaseConfig(undefined)).toEqual({ provider: "sqlite", file: "data/claimgraph.db" });
    expect(readDatabaseConfig("  ")).toEqual({ provider: "sqlite", file: "data/claimgraph.db" });
  });
  it("selects PostgreSQL for postgresql:// and postgres:// URLs", () => {
    expect(readDatabaseConfig("postgresql://root@127.0.0.1:5432/test")).toEqual({
      provider: "postgresql",
      url: "postgresql://root@127.0.0.1:5432/test",
    });
    expect(readDatabaseConfig("postgres://u@h/db").provider).toBe("postgresql");
  });
  it("accepts file: URLs for another SQLite file", () => {
    expect(readDatabaseConfig("file:./tmp/x.db")).toEqual({ provider: "sqlite", file: "./tmp/x.db" });
    expect(readDatabaseConfig("file:///var/x.db")).toEqual({ provider: "sqlite", file: "/var/x.db" });
  });
  it("refuses anything else with a message naming the variable", () => {
    expect(() => readDatabaseConfig("mysql://x")).toThrow(/DATABASE_URL/);
    expect(() => readDatabaseConfig("file:")).toThrow(/needs a path/);
  });
});
