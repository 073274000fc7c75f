const signalNumbers = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * While a run holds the workspace, SIGINT, SIGTERM and SIGHUP release what it holds (the
 * lock) and end the process with 128 + the signal's number, as a shell reports it; DuckDB
 * rolls back the stage that was running, and the next run cleans the unfinished output
 * folder. Returns a function that removes the handlers.
 */
export function releaseOnSignal(release: () => { swapped: boolean }): () => void {
  const handler = (signal: NodeJS.Signals) => {
    const { swapped } = release();
    // Between the swap and the history's last line, the new reports are already in place.
    process.stderr.write(
      swapped
        ? `talentmap: stopped by ${signal} after the new reports were swapped in; the run is recorded as interrupted\n`
        : `talentmap: stopped by ${signal}; the reports are as they were\n`,
    );
    process.exit(128 + (signalNumbers[signal as keyof typeof signalNumbers] ?? 15));
  };
  for (const signal of Object.keys(signalNumbers)) process.once(signal, handler);
  return () => {
    for (const signal of Object.keys(signalNumbers)) process.off(signal, handler);
  };
}
