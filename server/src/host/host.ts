/**
 * The server's side of the analysis worker (worker.ts): sends it the jobs of
 * long drafts (OFFLOAD_CHARS and more), gets their answers, cancels the ones
 * a newer version or the client made stale, and restarts it if it dies.
 * Short drafts, and every draft when no worker can start (its script
 * missing, or COPYDESK_ANALYSIS_WORKER=0), run the same jobs in the server's
 * thread.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { CancellationToken } from 'vscode-languageserver';
import type { ProfileParseResult } from '../analysis/profiles';
import { Checker, type Job, type JobResult } from './checker';
import type { Answers, Query } from './queries';
import type { ToWorker, WorkerData } from './worker';

/** Cancellation slots shared with the worker (job ids wrap around them). */
const SLOTS = 4096;
/**
 * Drafts of at least this many characters are analysed in the worker; shorter
 * ones (an analysis well under 50 ms) in the server's thread, so that while the
 * worker is busy with a long draft, the others' hovers and diagnostics answer at once.
 */
export const OFFLOAD_CHARS = 50_000;

interface Pending {
  uri: string;
  version: number;
  resolve(r: JobResult): void;
}

export type JobRequest = Omit<Job, 'id' | 'query'> & { version: number };

/** The worker script next to this module: the tsc build (host/worker.js) or the bundle (dist/analysisWorker.js). */
function workerScript(): string | null {
  if (process.env.COPYDESK_ANALYSIS_WORKER === '0') return null;
  for (const candidate of [path.join(__dirname, 'analysisWorker.js'), path.join(__dirname, 'worker.js')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

export class AnalysisHost {
  private worker: Worker | null = null;
  private readonly script = workerScript();
  private readonly slots = new Int32Array(new SharedArrayBuffer(SLOTS * 4));
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private profiles: [string, ProfileParseResult][] = [];
  private transcripts: object | null = null;
  private local: Checker | null = null;
  /** How long the last check of each open document took, in ms (`pushDelay`). */
  private readonly analysisTimes = new Map<string, number>();
  /** Where each document's check lives (a document that grows past OFFLOAD_CHARS moves to the worker). */
  private readonly lane = new Map<string, 'local' | 'worker'>();

  constructor(
    private readonly docsUri: string | undefined,
    private readonly log: (level: 'info' | 'error', message: string) => void,
  ) {}

  /** True when analyses run in a worker thread (false: in the server's thread). */
  get threaded(): boolean {
    return this.script !== null;
  }

  /** The answer to `query` on the document version `req`, or null when the job was cancelled. */
  async ask<K extends Query['kind']>(
    req: JobRequest,
    query: Extract<Query, { kind: K }>,
    onRuleErrors?: (errors: { ruleId: string; message: string }[]) => void,
    token?: CancellationToken,
  ): Promise<Answers[K] | null> {
    const id = this.nextId++;
    const slot = id % SLOTS;
    Atomics.store(this.slots, slot, 0);
    const { version, ...rest } = req;
    const job: Job = { ...rest, id, query };
    const listener = token?.onCancellationRequested(() => this.cancelJob(id));
    const r = await this.send(job, version).finally(() => listener?.dispose());
    if (!r.ok) {
      if (r.cancelled) return null;
      throw new Error(r.error);
    }
    if (r.errors.length && onRuleErrors) onRuleErrors(r.errors);
    if (!job.transient) this.analysisTimes.set(job.uri, r.analysisMs);
    return r.value as Answers[K];
  }

  /** How long the last check of `uri` took (ms), or undefined before its first. */
  lastAnalysisMs(uri: string): number | undefined {
    return this.analysisTimes.get(uri);
  }

  /** Cancels the jobs of `uri` for versions before `version` (a newer version arrived), or all of them. */
  cancel(uri: string, version = Infinity): void {
    for (const [id, p] of this.pending) if (p.uri === uri && p.version < version) Atomics.store(this.slots, id % SLOTS, 1);
  }

  /** Cancels one job (the client cancelled its request). */
  private cancelJob(id: number): void {
    if (this.pending.has(id)) Atomics.store(this.slots, id % SLOTS, 1);
  }

  close(uri: string): void {
    this.cancel(uri);
    this.lane.delete(uri);
    this.analysisTimes.delete(uri);
    this.post({ type: 'close', uri });
    this.local?.close(uri);
  }

  setProfiles(files: [string, ProfileParseResult][]): void {
    this.profiles = files;
    this.post({ type: 'profiles', files });
    this.local?.setProfiles(files);
  }

  /** The transcript index (its fields are cloned to the worker; see `Checker.setTranscripts`). */
  setTranscripts(index: object | null): void {
    this.transcripts = index;
    this.post({ type: 'transcripts', state: index });
    this.local?.setTranscripts(index);
  }

  async dispose(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private send(job: Job, version: number): Promise<JobResult> {
    const lane = this.script && job.text.length >= OFFLOAD_CHARS ? 'worker' : 'local';
    if (!job.transient && this.lane.get(job.uri) !== lane) {
      // Moving lanes: the other lane's check of this document is dropped.
      if (this.lane.get(job.uri) === 'worker') this.post({ type: 'close', uri: job.uri });
      else this.local?.close(job.uri);
      this.lane.set(job.uri, lane);
    }
    if (lane === 'local') return Promise.resolve(this.runLocally(job));
    return new Promise((resolve) => {
      this.pending.set(job.id, { uri: job.uri, version, resolve });
      this.ensureWorker().postMessage({ type: 'job', job } satisfies ToWorker);
    });
  }

  private runLocally(job: Job): JobResult {
    if (!this.local) {
      this.local = new Checker(this.docsUri);
      this.local.setProfiles(this.profiles);
      this.local.setTranscripts(this.transcripts);
    }
    const slot = job.id % SLOTS;
    return this.local.run(job, () => Atomics.load(this.slots, slot) !== 0);
  }

  private post(m: ToWorker): void {
    if (this.worker) this.worker.postMessage(m);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const data: WorkerData = { docsUri: this.docsUri, cancel: this.slots.buffer as SharedArrayBuffer };
    const w = new Worker(this.script!, { workerData: data });
    w.unref();
    w.on('message', (r: JobResult) => {
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      p.resolve(r);
    });
    const died = (why: string): void => {
      if (this.worker !== w) return;
      this.worker = null;
      this.log('error', `Copydesk: the analysis worker stopped (${why}); it restarts with the next request.`);
      for (const [id, p] of this.pending) p.resolve({ id, ok: false, cancelled: false, error: `the analysis worker stopped (${why})` });
      this.pending.clear();
    };
    w.on('error', (e) => died(e.stack ?? e.message));
    w.on('exit', (code) => died(`exit code ${code}`));
    this.worker = w;
    this.log('info', `Copydesk: long drafts are analysed in a worker thread (${this.script}).`);
    if (this.profiles.length) w.postMessage({ type: 'profiles', files: this.profiles } satisfies ToWorker);
    if (this.transcripts) w.postMessage({ type: 'transcripts', state: this.transcripts } satisfies ToWorker);
    return w;
  }
}
