import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { browserAvailable, chromiumPath, launchArgs } from "./chromium.ts";
import {
  demoWorkspace,
  hostileWorkspace,
  runWorkspace,
  scratchDir,
  scriptEmployer,
} from "./workspaces.ts";

/**
 * Every page of the demo workspace's report, in both languages, and of a workspace with a
 * hostile enterprise name, opened in headless Chromium: no console error, no request outside
 * the report folder, marks in every chart, the script shown as text. One browser, one tab.
 */
const available = browserAvailable();
const scratch = scratchDir();
let browser: Browser;
let page: Page;
const reports: Record<string, string> = {};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => join(dir, file))
    .sort();
}

type Visit = { errors: string[]; outside: string[]; dialogs: string[] };

async function visit(file: string, root: string): Promise<Visit> {
  const result: Visit = { errors: [], outside: [], dialogs: [] };
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === "error" || m.type() === "warning") result.errors.push(m.text());
  };
  const onError = (e: Error) => result.errors.push(e.message);
  const onRequest = (r: { url(): string }) => {
    const url = r.url();
    const inside =
      url.startsWith("file:") && !relative(root, fileURLToPath(url)).startsWith(`..${sep}`);
    if (!inside && !url.startsWith("data:")) result.outside.push(url);
  };
  const onDialog = (d: { message(): string; dismiss(): Promise<void> }) => {
    result.dialogs.push(d.message());
    void d.dismiss();
  };
  page.on("console", onConsole);
  page.on("pageerror", onError);
  page.on("request", onRequest);
  page.on("dialog", onDialog);
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  } finally {
    page.off("console", onConsole);
    page.off("pageerror", onError);
    page.off("request", onRequest);
    page.off("dialog", onDialog);
  }
  return result;
}

describe.runIf(available)("report pages in Chromium", () => {
  beforeAll(async () => {
    const demo = await runWorkspace(demoWorkspace, scratch, "demo");
    reports.zh = demo.zh;
    reports.en = demo.en;
    reports.hostile = (await runWorkspace(hostileWorkspace(scratch), scratch, "hostile")).zh;
    browser = await chromium.launch({ executablePath: chromiumPath, args: launchArgs });
    page = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("open without a console error or a request outside the report folder, every chart with marks", async () => {
    for (const lang of ["zh", "en"]) {
      const root = reports[lang] ?? "";
      const files = htmlFiles(root);
      expect(files.length).toBe(7);
      for (const file of files) {
        const name = `${lang} ${relative(root, file)}`;
        const { errors, outside, dialogs } = await visit(file, root);
        expect(errors, name).toEqual([]);
        expect(outside, name).toEqual([]);
        expect(dialogs, name).toEqual([]);
        const charts = await page.$$eval("figure svg", (svgs) =>
          svgs.map((svg) => svg.querySelectorAll('[class*="role-mark"] > *').length),
        );
        if (!name.endsWith("quality.html")) expect(charts.length, name).toBeGreaterThan(0);
        for (const marks of charts) expect(marks, name).toBeGreaterThan(0);
        // Every chart's figure says where its figures came from.
        const notes = await page.$$eval(
          "figure",
          (figs) => figs.filter((f) => !f.querySelector(".source")).length,
        );
        expect(notes, name).toBe(0);
      }
    }
  });

  it("show an enterprise named <script> as text and run nothing", async () => {
    const root = reports.hostile ?? "";
    const bio = join(root, "chains", "bio.html");
    const { errors, outside, dialogs } = await visit(bio, root);
    expect([errors, outside, dialogs]).toEqual([[], [], []]);
    expect(await page.locator("text=<script>alert(1)</script>").count()).toBeGreaterThan(0);
    const text = await page.textContent("body");
    expect(text).toContain(scriptEmployer);
    expect(text).toContain("<img src=x onerror=alert(2)>工程师");
    expect(await page.$$eval("script, img", (nodes) => nodes.length)).toBe(0);
    for (const file of htmlFiles(root)) {
      const visited = await visit(file, root);
      expect(visited.dialogs, file).toEqual([]);
      expect(visited.errors, file).toEqual([]);
    }
  });

  it("emit only vega-lite specs that validate against vega-lite's schema", () => {
    const schema = z.fromJSONSchema(
      JSON.parse(readFileSync("node_modules/vega-lite/build/vega-lite-schema.json", "utf8")),
    );
    let count = 0;
    for (const root of Object.values(reports)) {
      for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
        if (!file.endsWith(".vl.json")) continue;
        const result = schema.safeParse(JSON.parse(readFileSync(join(root, file), "utf8")));
        expect(result.success, `${file}: ${result.error?.message.slice(0, 300)}`).toBe(true);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it("lays a page out for A4 print", async () => {
    await visit(join(reports.zh ?? "", "index.html"), reports.zh ?? "");
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.emulateMedia({ media: "print" });
    expect(await page.$eval("nav", (nav) => getComputedStyle(nav).display)).toBe("none");
    await page.emulateMedia({ media: "screen" });
  });
});
