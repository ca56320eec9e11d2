import { describe, expect, it } from "vitest";
import { notificationRecipients } from "./kinds";

describe("notificationRecipients", () => {
  it("never notifies the person who acted", () => {
    expect(notificationRecipients("u1", [{ recipientId: "u1", kind: "assigned" }])).toEqual([]);
  });

  it("notifies each person once, with the first kind given", () => {
    expect(
      notificationRecipients("u1", [
        { recipientId: "u2", kind: "returned" },
        { recipientId: "u2", kind: "mentioned" },
        { recipientId: "u3", kind: "mentioned" },
      ]),
    ).toEqual([
      { recipientId: "u2", kind: "returned" },
      { recipientId: "u3", kind: "mentioned" },
    ]);
  });

  it("notifies everyone when the install itself acted", () => {
    expect(notificationRecipients(null, [{ recipientId: "u2", kind: "assigned" }])).toEqual([{ recipientId: "u2", kind: "assigned" }]);
  });
});
