/**
 * `--jobs N`: drafts checked on N threads, this one and N - 1 worker threads.
 * Each worker runs the CLI's entry file (`bin/copydesk.js` in an install, which
 * loads the bundle through its V8 code cache; else the compiled `main.js`:
 * main.ts and bin/copydesk.js record which) with `workerData.copydeskWorker`,
 * and answers tasks in the order sent (up to WINDOW held at a time), so a slow
 * draft never holds up the others and the threads stay busy until the list is
 * done. The main thread takes one task at a time from the same queue between
 * the workers' messages. Results come back in input order (a small reorder
 * buffer) unless the format streams (`jsonl`).
 *
 * Why the main thread works too: every thread is a V8 isolate of its own that
 * compiles and optimises the whole analysis again (measured: about 2 s of CPU
 * per isolate, most of it TurboFan on V8's background threads, against about
 * 5 ms per 800-word draft once warm). The main thread has already loaded the
 * code, so it costs nothing to start, and `--jobs 2` pays for one cold isolate
 * instead of two.
 */
import { setFlagsFromString } from 'v8';
import { Worker, parentPort, workerData } from 'worker_threads';
import { workerEntry } from './workerEntry';
import { draftSpec, FileContext, processTask, type RunInit, type Task, type TaskResult } from './draftCommand';

/** Most tasks one worker holds at a time. */
const WINDOW = 8;

/**
 * V8's interrupt budget (bytecode executed before a function is considered
 * for TurboFan; default 67,584) for a run on several threads, set before the
 * workers start (V8 flags are per process). On one thread TurboFan compiles on
 * an otherwise idle core; on several, each isolate optimises the same few
 * hundred functions again while every core is busy, ~1.5 s of CPU per isolate
 * on 250 drafts. Six times the default optimises only what stays hot:
 * measured on 500 drafts, `--jobs 2` fell from 6.6-6.9 s of CPU to 4.8 s
 * (`--jobs 1`: 4.4-4.9 s), the same output; README "Every core".
 */
const POOL_INTERRUPT_BUDGET = 400_000;

export interface WorkerData {
  copydeskWorker: true;
  init: RunInit;
}

/** What a task that threw gives (on either side: the same output whichever thread ran it). */
function internalError(task: Task, e: unknown): TaskResult {
  return { index: task.index, file: task.file, json: null, text: '', stderr: `copydesk: internal error on ${task.file}: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`, failed: true };
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
      result = internalError(task, e);
    }
    parentPort!.postMessage(result);
  });
}

/**
 * Runs `tasks` on this thread (`local`) and `n - 1` worker threads; `onResult`
 * gets the results in input order, or as they finish when `unordered`.
 */
export function runOnWorkers(init: RunInit, tasks: readonly Task[], n: number, unordered: boolean, onResult: (r: TaskResult) => void, local: (t: Task) => TaskResult): Promise<void> {
  const file = workerEntry();
  if (!file) throw new Error('worker entry file not set (main.ts sets it)');
  // Every core now runs analysis, so V8's background optimiser competes with it: optimise only the hottest code.
  setFlagsFromString(`--interrupt-budget=${POOL_INTERRUPT_BUDGET}`);
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
    const fail = (e: unknown): void => {
      if (failed) return;
      failed = true;
      stopAll();
      reject(e);
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
    /** Takes one result from any thread; false once the run has failed. */
    const take = (r: TaskResult): boolean => {
      if (failed) return false;
      try {
        deliver(r);
      } catch (e) {
        fail(e);
        return false;
      }
      finished++;
      if (finished === tasks.length) {
        stopAll();
        resolve();
      }
      return true;
    };
    // Each worker holds up to WINDOW tasks: it never waits for the main thread between drafts (on a loaded
    // machine each round trip costs a scheduling delay), and the last ones still spread over the threads.
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
    for (let i = 1; i < n; i++) {
      const w = new Worker(file, { workerData: { copydeskWorker: true, init } satisfies WorkerData, stdout: false, stderr: false });
      workers.push(w);
      w.on('message', (r: TaskResult) => {
        inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
        if (take(r) && finished < tasks.length) feed(w);
      });
      w.on('error', fail);
      feed(w);
    }
    // This thread: one task, then back to the event loop (setImmediate runs after the pending worker
    // messages), so the workers are refilled and results printed while it works.
    const step = (): void => {
      if (failed || next >= tasks.length) return;
      const task = tasks[next++];
      let r: TaskResult;
      try {
        r = local(task);
      } catch (e) {
        r = internalError(task, e);
      }
      if (take(r)) setImmediate(step);
    };
    setImmediate(step);
  });
}
