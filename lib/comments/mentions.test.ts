import { describe, expect, it } from "vitest";
import {
  commentSegments,
  encodeMentions,
  findMentionQuery,
  insertMention,
  mentionCandidates,
  mentionsToPlainText,
  mentionToken,
  mentionTokens,
} from "./mentions";

const mentionedIds = (body: string) => mentionTokens(body).map((mention) => mention.userId);

const ann = { userId: "u_ann", name: "Ann Lee", email: "ann@example.test" };
const annette = { userId: "u_annette", name: "Annette", email: "a.k@example.test" };
const bo = { userId: "u-bo", name: "Bo Diaz", email: "bo@example.test" };
const members = [ann, annette, bo];

describe("mentionToken and mentionTokens", () => {
  it("round-trips a member's id through the stored token", () => {
    const body = `Can ${mentionToken(ann)} and ${mentionToken(bo)} check this? ${mentionToken(ann)} again.`;
    expect(body).toContain("@[Ann Lee](u_ann)");
    expect(mentionTokens(body)).toEqual([
      { userId: "u_ann", name: "Ann Lee" },
      { userId: "u-bo", name: "Bo Diaz" },
    ]);
  });
  it("keeps brackets in a name from ending the token early", () => {
    const token = mentionToken({ userId: "u1", name: "Kim [desk]" });
    expect(token).toBe("@[Kim (desk)](u1)");
    expect(mentionedIds(token)).toEqual(["u1"]);
  });
  it("ignores text that only looks like a mention", () => {
    expect(mentionedIds("email ann@example.test, @Ann Lee, @[](u1), @[Ann](bad id)")).toEqual([]);
  });
});

describe("commentSegments", () => {
  it("shows members by their current name and keeps the text around them", () => {
    const body = `Ask @[Ann Old](u_ann) about it.`;
    expect(commentSegments(body, members)).toEqual([
      { kind: "text", text: "Ask " },
      { kind: "mention", userId: "u_ann", name: "Ann Lee" },
      { kind: "text", text: " about it." },
    ]);
  });
  it("shows someone no longer a member as their stored name, plain, merged into the text", () => {
    expect(commentSegments("Thanks @[Gone Person](u_gone)!", members)).toEqual([{ kind: "text", text: "Thanks @Gone Person!" }]);
  });
  it("renders mentions as names in plain text", () => {
    expect(mentionsToPlainText(`${mentionToken(bo)}: see ${mentionToken(ann)}`, members)).toBe("@Bo Diaz: see @Ann Lee");
    expect(mentionsToPlainText("")).toBe("");
  });
});

describe("encodeMentions", () => {
  it("turns @Name of a member into a token, preferring the longest name", () => {
    expect(encodeMentions("@Ann Lee and @Annette, (@Bo Diaz)", members)).toBe(
      "@[Ann Lee](u_ann) and @[Annette](u_annette), (@[Bo Diaz](u-bo))",
    );
  });
  it("leaves emails, unknown names and partial names alone", () => {
    expect(encodeMentions("mail bo@Bo Diaz.org, @Someone, @Bo Diazzz", members)).toBe("mail bo@Bo Diaz.org, @Someone, @Bo Diazzz");
  });
  it("resolves two members of the same name to the one picked from the list", () => {
    const otherAnn = { userId: "u_ann2", name: "Ann Lee" };
    expect(encodeMentions("@Ann Lee", [ann, otherAnn], [otherAnn])).toBe("@[Ann Lee](u_ann2)");
    expect(encodeMentions("@Ann Lee", [ann, otherAnn])).toBe("@[Ann Lee](u_ann)");
  });
  it("round-trips with mentionsToPlainText for editing", () => {
    const stored = `Over to ${mentionToken(ann)} and ${mentionToken(bo)}.`;
    expect(encodeMentions(mentionsToPlainText(stored, members), members)).toBe(stored);
  });
});

describe("findMentionQuery, mentionCandidates and insertMention", () => {
  it("finds the @query just before the caret only at a word start", () => {
    expect(findMentionQuery("Hi @an", 6)).toEqual({ start: 3, query: "an" });
    expect(findMentionQuery("@", 1)).toEqual({ start: 0, query: "" });
    expect(findMentionQuery("Hi @an there", 12)).toBeNull();
    expect(findMentionQuery("mail ann@exa", 12)).toBeNull();
    expect(findMentionQuery("Hi @an", 4)).toEqual({ start: 3, query: "" });
  });
  it("matches the start of any word of a name, or of an email, best first", () => {
    expect(mentionCandidates(members, "ann").map((m) => m.userId)).toEqual(["u_ann", "u_annette"]);
    expect(mentionCandidates(members, "lee").map((m) => m.userId)).toEqual(["u_ann"]);
    expect(mentionCandidates(members, "a.k").map((m) => m.userId)).toEqual(["u_annette"]);
    expect(mentionCandidates(members, "").map((m) => m.userId)).toEqual(["u_ann", "u_annette", "u-bo"]);
    expect(mentionCandidates(members, "zz")).toEqual([]);
    expect(mentionCandidates(members, "", 2)).toHaveLength(2);
  });
  it("replaces the query with the name and puts the caret after it", () => {
    const text = "Hi @an, look";
    const query = findMentionQuery(text, 6)!;
    expect(insertMention(text, query, ann)).toEqual({ text: "Hi @Ann Lee, look", caret: 11 });
    expect(insertMention("@b", findMentionQuery("@b", 2)!, bo)).toEqual({ text: "@Bo Diaz ", caret: 9 });
    expect(insertMention("@b rest", findMentionQuery("@b rest", 2)!, bo)).toEqual({ text: "@Bo Diaz rest", caret: 8 });
  });
});
