#!/usr/bin/env node
/**
 * The talentmap command: the CLI of src/cli with the stages of pipelines/ given to it. The
 * entry point of bin/talentmap.js and `npm start`.
 */
import { runCli } from "../src/cli/main.ts";
import { app } from "./app.ts";

runCli(process.argv.slice(2), app);
