/**
 * The analysis worker: a thread of the language server that holds the open
 * documents' checks and answers the server's jobs (checker.ts), so that a
 * long analysis never blocks the server's own thread, which goes on
 * answering hovers and diagnostics of other documents. The server cancels a
 * job by setting its slot in a shared array; the analysis polls it at each
 * paragraph. Bundled as dist/analysisWorker.js.
 */
import { parentPort, workerData } from 'worker_threads';
import { Checker, type Job } from './checker';
import type { ProfileParseResult } from '../analysis/profiles';

export type ToWorker =
  | { type: 'job'; job: Job }
  | { type: 'close'; uri: string }
  | { type: 'profiles'; files: [string, ProfileParseResult][] }
  | { type: 'transcripts'; state: object | null };

export interface WorkerData {
  docsUri: string | undefined;
  /** Int32 slots, one per job id modulo their count: non-zero means cancelled. */
  cancel: SharedArrayBuffer;
}

if (parentPort) {
  const port = parentPort;
  const data = workerData as WorkerData;
  const slots = new Int32Array(data.cancel);
  const checker = new Checker(data.docsUri);
  port.on('message', (m: ToWorker) => {
    if (m.type === 'profiles') checker.setProfiles(m.files);
    else if (m.type === 'transcripts') checker.setTranscripts(m.state);
    else if (m.type === 'close') checker.close(m.uri);
    else {
      const slot = m.job.id % slots.length;
      const stop = (): boolean => Atomics.load(slots, slot) !== 0;
      port.postMessage(stop() ? { id: m.job.id, ok: false, cancelled: true } : checker.run(m.job, stop));
    }
  });
}
