import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** README.md and docs/: every relative link leads to a file that exists, and to its heading. */
const root = join(import.meta.dirname, "..", "..");
const pages = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, "")
    .replaceAll(" ", "-");
}

function anchorsOf(path: string): Set<string> {
  const anchors = new Set<string>();
  let fence = false;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.startsWith("```")) fence = !fence;
    const heading = /^#+ (.*)$/.exec(line);
    if (heading && !fence) anchors.add(anchor(heading[1] ?? ""));
  }
  return anchors;
}

describe("the documentation's links", () => {
  it.each(pages)("%s links only to pages and headings that exist", (page) => {
    const text = readFileSync(join(root, page), "utf8").replace(/```[\s\S]*?```/g, "");
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (!target || /^(https?:|mailto:)/.test(target)) continue;
      const [file, hash] = target.split("#");
      const path = file ? join(root, dirname(page), file) : join(root, page);
      if (!existsSync(path)) {
        broken.push(`${target}: no file ${relative(root, path)}`);
        continue;
      }
      if (hash && path.endsWith(".md") && !anchorsOf(path).has(hash)) {
        broken.push(`${target}: no heading #${hash}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(pages)("%s names only source files that exist", (page) => {
    const text = readFileSync(join(root, page), "utf8");
    const named =
      text.match(/\b(?:src|pipelines|test|scripts|bench)\/[\w./-]+\.(?:ts|js|md)\b/g) ?? [];
    expect([...new Set(named)].filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });
});
