/**
 * The file a `--jobs` worker thread runs: the CLI's entry (the compiled
 * `main.js`, or the bundle `dist/cli.js` of a packaged install), recorded by
 * main.ts at load. A module with no imports, so `copydesk lsp` loads nothing more.
 */
let entry: string | undefined;

export function setWorkerEntry(file: string): void {
  entry = file;
}

export function workerEntry(): string | undefined {
  return entry;
}
