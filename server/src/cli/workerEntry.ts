/**
 * The file a `--jobs` worker thread runs: the CLI's entry (the compiled
 * `main.js`), recorded by main.ts at load, or `bin/copydesk.js` when that
 * loaded the bundle through its code cache (it calls setWorkerEntry, which
 * main.ts exports). A module with no imports, so `copydesk lsp` loads nothing more.
 */
let entry: string | undefined;

export function setWorkerEntry(file: string): void {
  entry = file;
}

export function workerEntry(): string | undefined {
  return entry;
}
