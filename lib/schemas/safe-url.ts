import { ZHttpUrl } from "./fields";

/** For rendering links: only http(s) URLs become clickable, whatever is in the database. */
export function isSafeHttpUrl(value: string): boolean {
  return ZHttpUrl.safeParse(value).success;
}
