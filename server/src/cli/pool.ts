/**
 * `--jobs N`: drafts checked on N worker threads. Each worker runs the CLI's
 * own entry file (the compiled `main.js`, or the bundle `dist/cli.js` in a
 * packaged install: main.ts records which) with `workerData.copydeskWorker`,
 * and answers tasks in the order sent (up to WINDOW held at a time), so a slow draft
 * never holds up the others and the threads stay busy until the list is done.
 * Results come back in input order (a small reorder buffer) unless the format
 * streams (`jsonl`).
 */
import { Worker, parentPort, workerData } from 'worker_threads';
import { workerEntry } from './workerEntry';
import { draftSpec, FileContext, processTask, type RunInit, type Task, type TaskResult } from './draftCommand';


/** Most tasks one worker holds at a time. */
const WINDOW = 8;

export interface WorkerData {
  copydeskWorker: true;
  init: RunInit;
}

/** The worker side: answer tasks until the port closes. */
export function serveWorker(): void {
  const data = workerData as WorkerData;
  const spec = draftSpec(data.init.command);
  const ctx = new FileContext(data.init);
  parentPort!.on('message', (task: Task) => {
    let result: TaskResult;
    try {
      result = processTask(spec, ctx, task);
    } catch (e) {
      result = { index: task.index, file: task.file, json: null, text: '', stderr: `copydesk: internal error on ${task.file}: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`, failed: true };
    }
    parentPort!.postMessage(result);
  });
}

export function runOnWorkers(init: RunInit, tasks: readonly Task[], n: number, unordered: boolean, onResult: (r: TaskResult) => void): Promise<void> {
  const file = workerEntry();
  if (!file) throw new Error('worker entry file not set (main.ts sets it)');
  return new Promise<void>((resolve, reject) => {
    let next = 0;
    let emitted = 0;
    let finished = 0;
    const pending = new Map<number, TaskResult>();
    const workers: Worker[] = [];
    let failed = false;
    const stopAll = (): void => {
      for (const w of workers) void w.terminate();
    };
    const deliver = (r: TaskResult): void => {
      if (unordered) {
        onResult(r);
        return;
      }
      pending.set(r.index, r);
      for (let hit = pending.get(emitted); hit; hit = pending.get(emitted)) {
        pending.delete(emitted);
        onResult(hit);
        emitted++;
      }
    };
    // Each worker holds up to WINDOW tasks: it never waits for the main thread between drafts (on a loaded
    // machine each round trip costs a scheduling delay), and the last ones still spread over the workers.
    const inFlight = new Map<Worker, number>();
    const feed = (w: Worker): void => {
      let held = inFlight.get(w) ?? 0;
      const window = Math.max(1, Math.min(WINDOW, Math.floor((tasks.length - next) / n)));
      while (held < window && next < tasks.length) {
        w.postMessage(tasks[next++]);
        held++;
      }
      inFlight.set(w, held);
      if (held === 0) void w.terminate();
    };
    for (let i = 0; i < n; i++) {
      const w = new Worker(file, { workerData: { copydeskWorker: true, init } satisfies WorkerData, stdout: false, stderr: false });
      workers.push(w);
      w.on('message', (r: TaskResult) => {
        if (failed) return;
        try {
          deliver(r);
        } catch (e) {
          failed = true;
          stopAll();
          reject(e);
          return;
        }
        finished++;
        inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
        if (finished === tasks.length) {
          stopAll();
          resolve();
        } else feed(w);
      });
      w.on('error', (e) => {
        if (failed) return;
        failed = true;
        stopAll();
        reject(e);
      });
      feed(w);
    }
  });
}
