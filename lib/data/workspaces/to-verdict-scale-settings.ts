import "server-only";
import { contentHash } from "../../anchoring/content-hash";
import {
  parseStoredVerdictScale,
  resolveVerdictScale,
  type TVerdictScaleSettings,
} from "../../verdicts/verdict-scale-overrides";

/** The revision names the stored text itself, so any save in between changes it. */
export function verdictScaleRevision(stored: string | null): string {
  return stored === null ? "default" : contentHash(stored);
}

/** Workspace.verdictScale (JSON text or null) as the settings page and boards see it. */
export function toVerdictScaleSettings(stored: string | null): TVerdictScaleSettings {
  const overrides = parseStoredVerdictScale(stored);
  return { overrides, scale: resolveVerdictScale(overrides), revision: verdictScaleRevision(stored) };
}
