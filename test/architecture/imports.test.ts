import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The house's shape, checked: no import cycle between files, nor between modules (a folder of
 * src/ with its sub-folders); the library (src/) never imports the stages (pipelines/) or anything
 * of the tests, scripts or bench; the report side imports only downward, from files to pages
 * to sections to what they draw with; no source file over 400 lines.
 */
const root = join(import.meta.dirname, "..", "..");
const sourceFolders = ["src", "pipelines"];

function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) files.push(relative(root, path).split(sep).join("/"));
    }
  };
  for (const folder of sourceFolders) walk(join(root, folder));
  return files.sort();
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** Each file's relative imports (type imports too: they tie the code as much), as repo paths. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(root, file), "utf8");
    const targets = [...text.matchAll(importPattern)].map((m) => {
      const spec = m[1] ?? m[2] ?? "";
      return relative(root, resolve(root, dirname(file), spec))
        .split(sep)
        .join("/");
    });
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected groups of more than one node (Tarjan). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, order.get(next) ?? 0));
      }
    }
    if (low.get(node) === order.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

/**
 * What a file belongs to: src/<folder> with all below it (src/readers/xlsx is part of
 * src/readers), a file at src/'s top itself, and pipelines/ as one. The report's own folders
 * are held to their layers by the test below.
 */
function moduleOf(file: string): string {
  const parts = file.split("/");
  if (parts[0] !== "src") return parts[0] ?? file;
  return parts.length === 2 ? file : `src/${parts[1]}`;
}

/** The report's layers, lowest first: a file imports only from its own layer or below. */
const reportLayers = [
  ["summary", "queries", "view"],
  ["charts", "html", "sheets"],
  ["sections"],
  ["model.ts", "pages"],
  ["files"],
  ["report.ts"],
];

function reportLayer(file: string): number | null {
  if (!file.startsWith("src/report/")) return null;
  const part = file.slice("src/report/".length).split("/")[0] ?? "";
  const layer = reportLayers.findIndex((names) => names.includes(part));
  return layer < 0 ? null : layer;
}

const files = sourceFiles();
const graph = importGraph(files);

describe("the house's shape", () => {
  it("no two files import each other, however indirectly", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("no two modules import each other: a folder of src/ with its sub-folders, each file at src/'s top", () => {
    const modules = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const from = moduleOf(file);
        const to = moduleOf(target);
        if (from === to) continue;
        modules.set(from, (modules.get(from) ?? new Set()).add(to));
      }
    }
    const asGraph = new Map([...modules].map(([from, tos]) => [from, [...tos]]));
    for (const module of new Set([...modules.values()].flatMap((tos) => [...tos]))) {
      if (!asGraph.has(module)) asGraph.set(module, []);
    }
    expect(cycles(asGraph)).toEqual([]);
  });

  it("the library never imports the stages, the tests, the scripts or the bench", () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      file.startsWith("src/")
        ? targets
            .filter((t) => /^(pipelines|test|scripts|bench)\//.test(t))
            .map((t) => `${file} → ${t}`)
        : [],
    );
    expect(upward).toEqual([]);
  });

  it("the report side imports downward: files → pages → sections → charts, html, sheets → view", () => {
    const upward = [...graph].flatMap(([file, targets]) => {
      const from = reportLayer(file);
      if (from === null) return [];
      return targets
        .filter((target) => (reportLayer(target) ?? -1) > from)
        .map((target) => `${file} → ${target}`);
    });
    expect(upward).toEqual([]);
  });

  it("no source file is over 400 lines", () => {
    const long = files
      .map((file) => [file, readFileSync(join(root, file), "utf8").split("\n").length] as const)
      .filter(([, lines]) => lines > 400);
    expect(long).toEqual([]);
  });
});
