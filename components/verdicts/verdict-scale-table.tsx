import { VERDICTS } from "@/lib/schemas/vocabulary";
import type { TVerdictScale } from "@/lib/verdicts/verdict-scale-overrides";
import { VerdictBadge } from "../claim/verdict-badge";
import { VerdictScaleProvider } from "./verdict-scale-context";

/** The scale for members who may read it but not change it. */
export function VerdictScaleTable({ scale }: { scale: TVerdictScale }) {
  return (
    <VerdictScaleProvider scale={scale}>
      <table className="verdict-scale-table">
        <caption className="sr-only">The workspace&apos;s verdict scale</caption>
        <thead>
          <tr>
            <th scope="col">Verdict</th>
            <th scope="col">Description</th>
            <th scope="col">ClaimReview rating</th>
            <th scope="col">Colours</th>
          </tr>
        </thead>
        <tbody>
          {VERDICTS.map((verdict) => {
            const style = scale[verdict];
            return (
              <tr key={verdict} data-verdict={verdict}>
                <th scope="row">
                  <VerdictBadge verdict={verdict} />
                </th>
                <td>{style.description || <span className="muted">No description</span>}</td>
                <td>{style.ratingValue === null ? <span className="muted">No rating</span> : `${style.ratingValue} of 5`}</td>
                <td>
                  <code>{style.color}</code> on <code>{style.tint}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </VerdictScaleProvider>
  );
}
