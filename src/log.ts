/** Progress and notes go to stderr; stdout is reserved for data (inspect --json, unresolved). */
export interface Log {
  stage(name: string, detail: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export function stderrLog(): Log {
  const write = (line: string) => process.stderr.write(`${line}\n`);
  return {
    stage: (name, detail) => write(`[${name}] ${detail}`),
    info: (message) => write(message),
    warn: (message) => write(`warning: ${message}`),
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
  };
}
