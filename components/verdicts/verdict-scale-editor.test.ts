import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { resolveVerdictScale } from "@/lib/verdicts/verdict-scale-overrides";
import { VerdictScaleEditor } from "./verdict-scale-editor";
import { VerdictScaleTable } from "./verdict-scale-table";

describe("the verdict scale page's parts", () => {
  it("give the owner a labelled row per verdict with a preview and its contrast in words", () => {
    const scale = resolveVerdictScale({ false: { label: "Pants on fire" } });
    const html = renderToStaticMarkup(
      createElement(VerdictScaleEditor, { workspaceId: "w1", initial: { overrides: { false: { label: "Pants on fire" } }, scale, revision: "r1" } }),
    );
    expect(html.match(/<fieldset/g)).toHaveLength(8);
    expect(html).toContain('value="Pants on fire"');
    expect(html).toContain("Contrast 7.1:1 against white: readable (meets WCAG AA).");
    expect(html).toContain('aria-label="Reset False to default"');
    expect(html).toContain("Save verdict scale");
  });

  it("show readers the scale without inputs", () => {
    const html = renderToStaticMarkup(createElement(VerdictScaleTable, { scale: resolveVerdictScale({ opinion: { ratingValue: 3 } }) }));
    expect(html).not.toContain("<input");
    expect(html).toContain("3 of 5");
    expect(html).toContain("Opinion");
  });
});
