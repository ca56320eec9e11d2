// Generates the Prisma client for both providers (postinstall). Offline: the
// "client" engine type needs no downloaded engine.
import { execFileSync } from "node:child_process";
import { writeDerivedSchemas } from "./prisma-schemas.mjs";

const paths = writeDerivedSchemas();
for (const schema of [paths.sqlite, paths.postgresql]) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--no-hints", "--schema", schema], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
}
