import { escapeControls, escapeJson } from "./text/escape.ts";

/**
 * Progress and notes go to stderr; stdout is reserved for data (inspect --json, unresolved,
 * status). Nothing personal is ever logged: stages log counts, file names and codes. A file
 * name may hold a newline or a terminal sequence: every log escapes control characters, so
 * one call is one line and no text forges another.
 */
export interface Log {
  stage(name: string, detail: string): void;
  info(message: string): void;
  warn(message: string): void;
  /**
   * Work done so far: `stage` "run" counts the stages, a stage's own name its items (ingest:
   * files). A bar on a terminal; nothing in plain or JSON logs.
   */
  progress?(stage: string, done: number, total: number, item: string): void;
  /** A record for machines (`--log json`): a run's start and end, its outcome and counts. */
  event?(name: string, fields: Record<string, unknown>): void;
}

export type LogFormat = "text" | "json";
export const logFormats: readonly LogFormat[] = ["text", "json"];

/** What a log writes to: process.stderr, or a stand-in in tests. */
export interface LogStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * The CLI's log: `json` writes one JSON object a line ({time, level, stage?, message} or
 * {time, level: "event", event, …}); `text` writes `[stage] detail` lines, with a progress
 * bar under them when the stream is a terminal.
 */
export function createLog(
  options: { format?: LogFormat; stream?: LogStream; now?: () => Date } = {},
): Log {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => new Date());
  if (options.format === "json") return jsonLog(stream, now);
  return stream.isTTY ? terminalLog(stream) : textLog((line) => stream.write(`${line}\n`));
}

function textLog(write: (line: string) => void): Log {
  return {
    stage: (name, detail) => write(`[${escapeControls(name)}] ${escapeControls(detail)}`),
    info: (message) => write(escapeControls(message)),
    warn: (message) => write(`warning: ${escapeControls(message)}`),
  };
}

function jsonLog(stream: LogStream, now: () => Date): Log {
  const write = (record: Record<string, unknown>) =>
    stream.write(`${escapeJson(JSON.stringify({ time: now().toISOString(), ...record }))}\n`);
  return {
    stage: (stage, message) => write({ level: "stage", stage, message }),
    info: (message) => write({ level: "info", message }),
    warn: (message) => write({ level: "warn", message }),
    event: (event, fields) => write({ level: "event", event, ...fields }),
  };
}

/**
 * Lines as textLog, and under them one bar line redrawn in place: the share of the run done
 * (stages, and within a stage its items), the stage, and the item at hand.
 */
function terminalLog(stream: LogStream): Log {
  let run = { done: 0, total: 0 };
  let step = { stage: "", done: 0, total: 0, item: "" };
  let shown = false;
  const clear = () => {
    if (shown) stream.write("\r\x1b[2K");
    shown = false;
  };
  const draw = () => {
    if (run.total === 0 || run.done >= run.total) return;
    const within = step.total > 0 ? step.done / step.total : 0;
    const share = Math.min(1, (run.done + within) / run.total);
    const width = 24;
    const filled = Math.round(share * width);
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    const count = step.total > 0 ? ` ${step.done}/${step.total}` : "";
    const room = Math.max(10, (stream.columns ?? 80) - width - 30);
    const whole = escapeControls(step.item);
    const item = whole.length > room / 2 ? `…${whole.slice(-(room / 2 - 1))}` : whole;
    stream.write(
      `\r\x1b[2K${bar} ${String(Math.round(share * 100)).padStart(3)}%  ${step.stage}${count} ${item}`,
    );
    shown = true;
  };
  const line = (text: string) => {
    clear();
    stream.write(`${text}\n`);
    draw();
  };
  return {
    stage: (name, detail) => line(`[${escapeControls(name)}] ${escapeControls(detail)}`),
    info: (message) => line(escapeControls(message)),
    warn: (message) => line(`warning: ${escapeControls(message)}`),
    progress(stage, done, total, item) {
      if (stage === "run") {
        run = { done, total };
        step = { stage: item, done: 0, total: 0, item: "" };
      } else {
        step = { stage, done, total, item };
      }
      clear();
      draw();
    },
  };
}

/** For tests: keeps what was logged so a test can assert nothing personal was written. */
export function memoryLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    stage: (name, detail) => lines.push(`[${name}] ${detail}`),
    info: (message) => lines.push(message),
    warn: (message) => lines.push(`warning: ${message}`),
    event: (name, fields) => lines.push(`event ${name} ${JSON.stringify(fields)}`),
  };
}
