import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Stages run with the tables they do not declare out of sight (pipelines/stage.ts).
    env: { TZ: "UTC", TALENTMAP_CHECK_STAGE_READS: "1" },
  },
});
