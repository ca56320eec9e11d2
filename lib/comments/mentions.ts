// Mentions are stored in a comment's body as `@[Display Name](userId)` tokens:
// the id says who is meant even if their name changes, and the name keeps the
// text readable once they have left the workspace.

export type TMentionable = { userId: string; name: string };

export type TCommentSegment =
  | { kind: "text"; text: string }
  /** A current member: shown with their current name. */
  | { kind: "mention"; userId: string; name: string };

const TOKEN = /@\[([^\]\n]{1,200})\]\(([A-Za-z0-9_-]{1,64})\)/g;

/** The token that stores a mention of `member`. Brackets would end the name early, so they become parentheses. */
export function mentionToken(member: TMentionable): string {
  const name = member.name.replace(/\[/g, "(").replace(/\]/g, ")").replace(/\s+/g, " ").trim() || "member";
  return `@[${name}](${member.userId})`;
}

/** The members a body mentions, each once, in order of first mention, with the names stored in it. */
export function mentionTokens(body: string): TMentionable[] {
  const byId = new Map<string, TMentionable>();
  for (const [, name, userId] of body.matchAll(TOKEN) as Iterable<[string, string, string]>) {
    if (!byId.has(userId)) byId.set(userId, { userId, name });
  }
  return [...byId.values()];
}

/**
 * The body split for display. A mention of a current member shows their
 * current name; one of someone no longer a member shows the stored name as
 * plain text.
 */
export function commentSegments(body: string, members: readonly TMentionable[]): TCommentSegment[] {
  const byId = new Map(members.map((member) => [member.userId, member]));
  const segments: TCommentSegment[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last?.kind === "text") last.text += text;
    else segments.push({ kind: "text", text });
  };
  let at = 0;
  for (const match of body.matchAll(TOKEN)) {
    pushText(body.slice(at, match.index));
    const [, storedName, userId] = match as unknown as [string, string, string];
    const member = byId.get(userId);
    if (member) segments.push({ kind: "mention", userId, name: member.name });
    else pushText(`@${storedName}`);
    at = match.index + match[0].length;
  }
  pushText(body.slice(at));
  return segments;
}

/** The body as plain text, mentions as "@Name": for summaries, history and editing. */
export function mentionsToPlainText(body: string, members: readonly TMentionable[] = []): string {
  return commentSegments(body, members)
    .map((segment) => (segment.kind === "text" ? segment.text : `@${segment.name}`))
    .join("");
}

/**
 * Turns "@Name" written in a textarea back into tokens. `picked` (chosen from
 * the autocomplete) wins over other members of the same name; longer names
 * are matched first so "@Ann Lee" is never read as "@Ann".
 */
export function encodeMentions(text: string, members: readonly TMentionable[], picked: readonly TMentionable[] = []): string {
  const byName = new Map<string, TMentionable>();
  for (const member of [...picked, ...members]) {
    const name = member.name.trim();
    if (name && !byName.has(name)) byName.set(name, member);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return text;
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // "@" starts the text or follows a space or bracket; the name ends at a non-word character.
  const pattern = new RegExp(`(^|[\\s(\\[{"'“‘])@(${escaped.join("|")})(?![\\p{L}\\p{N}_])`, "gu");
  return text.replace(pattern, (_whole, before: string, name: string) => `${before}${mentionToken(byName.get(name)!)}`);
}

/** The "@query" being typed just before the caret, or null when the caret is not in one. */
export function findMentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(\[{"'“‘])@([^\s@[\]()]{0,40})$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/** Members whose name (any word of it) or email starts with the query, best matches first. */
export function mentionCandidates<T extends TMentionable & { email?: string | null }>(
  members: readonly T[],
  query: string,
  limit = 8,
): T[] {
  const q = query.toLocaleLowerCase();
  const rank = (member: T): number => {
    const name = member.name.toLocaleLowerCase();
    if (name.startsWith(q)) return 0;
    if (name.split(/\s+/).some((word) => word.startsWith(q))) return 1;
    if (member.email?.toLocaleLowerCase().startsWith(q)) return 2;
    return -1;
  };
  return members
    .map((member) => ({ member, rank: rank(member) }))
    .filter((candidate) => candidate.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.member.name.localeCompare(b.member.name))
    .slice(0, limit)
    .map((candidate) => candidate.member);
}

/** Replaces the "@query" at `start` with "@Name " and says where the caret goes. */
export function insertMention(
  text: string,
  query: { start: number; query: string },
  member: TMentionable,
): { text: string; caret: number } {
  const end = query.start + 1 + query.query.length;
  const rest = text.slice(end);
  // A space to go on typing, unless one or a punctuation mark already follows.
  const inserted = `@${member.name}${/^[\s.,;:!?)]/u.test(rest) ? "" : " "}`;
  return { text: text.slice(0, query.start) + inserted + rest, caret: query.start + inserted.length };
}
