import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planSeedBoard, ZSeedBoardFile, type TSeedBoardPlan } from "./seed-file";

export const SEED_DIR = join(process.cwd(), "seed");
export const BASRA_SEED_KEY = "basra-2008-steele";

/** Reads seed/<key>.board.json and the article text file it names. */
export function readSeedBoard(seedKey: string, seedDir = SEED_DIR): TSeedBoardPlan {
  const file = ZSeedBoardFile.parse(JSON.parse(readFileSync(join(seedDir, `${seedKey}.board.json`), "utf8")));
  const text = readFileSync(join(seedDir, file.article.textFile), "utf8");
  return planSeedBoard(seedKey, file, text);
}
