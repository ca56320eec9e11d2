import type { TContribution, TStrengthExplanation, TUndercutEdge } from "./explain-strength";
import { formatCount } from "../display/format-count";

/** How the caller names claims (their statements) and evidence (their titles). */
export type TStrengthLabels = { claim: (id: string) => string; evidence: (id: string) => string };

/** A strength, score or value for reading: two decimals. */
export function formatStrength(value: number): string {
  return value.toFixed(2);
}

/** One line per contribution, e.g. Disputed by “Report” (reliability 4, strength 5): lowers it by 0.16. */
export function describeContribution(contribution: TContribution, labels: TStrengthLabels): string {
  const { verb, rest } = sourcePhrase(contribution, labels);
  return `${verb} ${rest}: ${effectPhrase(contribution.effect)}`;
}

/**
 * The explanation in a sentence: which way the claim moved from its base
 * score, led by the contribution that moved it that way most, and the one that
 * pulled hardest the other way, e.g. Strength 0.34 from a base score of 0.50.
 * Disputed mainly by “Report” (reliability 4, strength 5); supported most by …
 */
export function summarizeStrength(explanation: TStrengthExplanation, labels: TStrengthLabels): string {
  const { strength, baseScore, contributions, settled, rounds } = explanation;
  const unsettled = settled
    ? ""
    : ` The strengths on this board did not settle within ${formatCount(rounds)} rounds, so this value is not final.`;
  const direction = Math.sign(strength - baseScore);
  if (contributions.length === 0 || direction === 0) {
    const why =
      contributions.length === 0
        ? "Nothing supports or disputes this claim yet"
        : "What supports and what disputes this claim balance out";
    return `${why}: its strength is its base score, ${formatStrength(baseScore)}.${unsettled}`;
  }
  const sameWay = contributions.filter((contribution) => Math.sign(contribution.effect) === direction);
  const otherWay = contributions.filter((contribution) => Math.sign(contribution.effect) === -direction);
  const lead = sameWay[0] ?? contributions[0]!;
  const leading = sourcePhrase(lead, labels);
  let sentence = `${leading.verb} ${sameWay.length > 1 ? "mainly " : ""}${leading.rest}`;
  const counter = otherWay[0];
  if (counter) {
    const countering = sourcePhrase(counter, labels);
    sentence += `; ${countering.verb.toLowerCase()} ${otherWay.length > 1 ? "most " : ""}${countering.rest}`;
  }
  return `Strength ${formatStrength(strength)} from a base score of ${formatStrength(baseScore)}. ${sentence}.${unsettled}`;
}

/** "Disputed" + "by “Report” (reliability 4, strength 5)", so an adverb can go between. */
function sourcePhrase(contribution: TContribution, labels: TStrengthLabels): { verb: string; rest: string } {
  const { source, kind, value } = contribution;
  const quoted = (text: string) => `“${text}”`;
  switch (source.type) {
    case "link": {
      const rating = `reliability ${source.reliability}, strength ${source.linkStrength}`;
      return {
        verb: kind === "supporter" ? "Supported" : "Disputed",
        rest: `by ${quoted(labels.evidence(source.evidenceId))} (${rating})`,
      };
    }
    case "relation":
      return {
        verb: kind === "supporter" ? "Supported" : "Attacked",
        rest: `by the claim ${quoted(labels.claim(source.fromClaimId))} (strength ${formatStrength(value)})`,
      };
    case "premiseGroup": {
      const premises = listInWords(source.premiseClaimIds.map((id) => quoted(labels.claim(id))));
      return {
        verb: kind === "supporter" ? "Supported" : "Attacked",
        rest: `by the claims ${premises} together (jointly ${formatStrength(value)})`,
      };
    }
    case "undercut":
      return {
        verb: contribution.effect > 0 ? "Helped" : "Weakened",
        rest:
          `by the claim ${quoted(labels.claim(source.fromClaimId))} (strength ${formatStrength(value)}) ` +
          `undercutting ${edgePhrase(source.edge, labels)}`,
      };
  }
}

function edgePhrase(edge: TUndercutEdge, labels: TStrengthLabels): string {
  if (edge.type === "link") {
    const what = edge.stance === "supports" ? "the support" : "the dispute";
    return `${what} from “${labels.evidence(edge.evidenceId)}”`;
  }
  const what = edge.relationType === "supports" ? "the support" : "the attack";
  return `${what} from the claim “${labels.claim(edge.fromClaimId)}”`;
}

function effectPhrase(effect: number): string {
  if (effect === 0) return "does not move it";
  if (Math.abs(effect) < 0.005) return "moves it by less than 0.01";
  return `${effect > 0 ? "raises" : "lowers"} it by ${formatStrength(Math.abs(effect))}`;
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
