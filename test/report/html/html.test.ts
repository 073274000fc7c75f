import { describe, expect, it } from "vitest";
import { escapeHtml, html, SafeHtml, trusted } from "../../../src/report/html/html.ts";

describe("escapeHtml", () => {
  it("escapes the five characters that matter in content and quoted attributes", () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;",
    );
    expect(escapeHtml("生物基材料")).toBe("生物基材料");
  });
});

describe("html", () => {
  it("escapes every interpolation by default", () => {
    const name = "<script>alert(1)</script>";
    const out = html`<h1 title="${name}">${name}</h1>`.toString();
    expect(out).toBe(
      '<h1 title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</h1>',
    );
  });

  it("passes nested templates and trusted markup through, flattens arrays, drops empty values", () => {
    const items = ["a<b", "c"].map((item) => html`<li>${item}</li>`);
    const out = html`<ul>${items}</ul>${null}${undefined}${false}${0}${trusted("<svg></svg>")}`;
    expect(out).toBeInstanceOf(SafeHtml);
    expect(out.toString()).toBe("<ul><li>a&lt;b</li><li>c</li></ul>0<svg></svg>");
  });
});
