#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the package works without a build step: tsx's
// loader is registered in this process, then the CLI is imported. In this process, not in a
// child: a SIGTERM from cron, systemd or kill reaches the run itself, which releases the lock,
// removes its unfinished folder and exits 143 with the reports as they were
// (src/runs/signals.ts). A child started by spawnSync ran on after this wrapper was stopped,
// and swapped in new reports. It also starts faster (one Node process, not two).
await import("tsx");
await import("../pipelines/main.ts");
