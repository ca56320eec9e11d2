import { describe, expect, it } from "vitest";
import { INVITATION_PROBLEMS, invitationStatus } from "./invitation-status";

const now = new Date("2026-11-25T12:00:00Z");
const later = new Date("2026-12-02T12:00:00Z");
const earlier = new Date("2026-11-20T12:00:00Z");

describe("invitationStatus", () => {
  it("is valid before it expires, unused and not revoked", () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe("valid");
  });
  it("expires at its expiry instant, not a moment later", () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: new Date(now.getTime() + 1) }, now)).toBe("valid");
  });
  it("says used before expired or revoked, so a used link is never offered again", () => {
    expect(invitationStatus({ acceptedAt: earlier, revokedAt: earlier, expiresAt: earlier }, now)).toBe("used");
  });
  it("says revoked before expired", () => {
    expect(invitationStatus({ acceptedAt: null, revokedAt: earlier, expiresAt: earlier }, now)).toBe("revoked");
  });
  it("explains every unusable state and tells the reader what to do", () => {
    for (const message of Object.values(INVITATION_PROBLEMS)) expect(message).toMatch(/owner/);
    expect(INVITATION_PROBLEMS.expired).toBe("This invitation link has expired. Ask the workspace owner for a new one.");
  });
});
