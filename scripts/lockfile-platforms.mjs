#!/usr/bin/env node
// Why: the npm registry mirror our machines reach lacks some other platforms' builds of
// native packages (@biomejs/cli-win32-x64, @duckdb/node-bindings-darwin-arm64, …), so
// `npm install` leaves them out of package-lock.json, and `npm ci` then refuses the lock as
// out of sync (npm/cli#9846). This adds a lock entry for each such optional platform package
// (version, os, cpu, libc; no tarball), so `npm ci` skips it on a machine it does not fit,
// as it would with a complete lock. Run after changing dependencies: node scripts/lockfile-platforms.mjs
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;
let added = 0;

function platformOf(name) {
  const os = [
    "darwin",
    "win32",
    "linux",
    "android",
    "freebsd",
    "openbsd",
    "sunos",
    "aix",
    "netbsd",
    "openharmony",
  ].find((o) => name.includes(o));
  const cpu = [
    "arm64",
    "x64",
    "ia32",
    "arm",
    "ppc64",
    "s390x",
    "riscv64",
    "loong64",
    "mips64el",
    "wasm32",
  ].find((c) => new RegExp(`[-/]${c}(?:[-_]|$)`).test(name));
  const libc = name.includes("musl") ? "musl" : os === "linux" ? "glibc" : undefined;
  return { os, cpu, libc };
}

for (const [key, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = key === "" ? "" : `${key}/`;
    if (packages[`${base}node_modules/${name}`] || packages[`node_modules/${name}`]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os || !cpu) continue; // not a platform build: leave it to npm
    packages[`node_modules/${name}`] = {
      version: version.replace(/^[\^~=]/, ""),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      os: [os],
      cpu: [cpu],
      ...(libc ? { libc: [libc] } : {}),
    };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)),
);
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-platforms: added ${added} platform entries`);
