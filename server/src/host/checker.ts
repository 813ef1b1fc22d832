/**
 * The checks of open documents, one per document version, and the answers
 * computed from them: what the analysis worker runs (worker.ts), and what
 * the server runs in its own thread when no worker can start. Each check
 * reuses the document's previous analysis (the keystroke path) and can be
 * stopped at a paragraph boundary when a newer version makes it stale.
 */
import { Interrupted, withInterrupt } from '../analysis/cache';
import { ProfileIndex, type ProfileParseResult } from '../analysis/profiles';
import { TranscriptIndex } from '../analysis/transcripts';
import { Cancelled, checkText, type CheckedText } from '../features/checkText';
import type { CopydeskSettings } from '../features/settings';
import { answer, ReportIds, type Query } from './queries';

export interface Job {
  id: number;
  uri: string;
  /** Version, settings, day and profiles version: a check is reused while this is the same. */
  key: string;
  text: string;
  languageId: string;
  settings: CopydeskSettings;
  today: string;
  query: Query;
  /** A draft that is not open (copydesk/checkDocuments): checked once, nothing kept. */
  transient?: boolean;
}

export type JobResult =
  /** `analysisMs`: how long the check of this version took (the push debounce adapts to it). */
  | { id: number; ok: true; value: unknown; errors: { ruleId: string; message: string }[]; analysisMs: number }
  | { id: number; ok: false; cancelled: true }
  | { id: number; ok: false; cancelled: false; error: string };

export class Checker {
  private readonly checks = new Map<string, { key: string; checked: CheckedText; ms: number }>();
  private profiles = new ProfileIndex();
  private transcripts: TranscriptIndex | null = null;
  private readonly reports = new ReportIds();

  constructor(private readonly docsUri: string | undefined) {}

  /** Replaces the profile index by the parsed files the server's index holds. */
  setProfiles(files: readonly (readonly [string, ProfileParseResult])[]): void {
    const index = new ProfileIndex();
    for (const [key, parsed] of files) index.setParsed(key, parsed);
    this.profiles = index;
  }

  /**
   * The server's transcript index, as the structured clone of its fields that
   * crossed to the worker (or the index itself in process), made an index again.
   */
  setTranscripts(state: object | null): void {
    this.transcripts = state === null ? null : state instanceof TranscriptIndex ? state : (Object.setPrototypeOf(state, TranscriptIndex.prototype) as TranscriptIndex);
  }

  close(uri: string): void {
    this.checks.delete(uri);
    this.reports.close(uri);
  }

  /** Runs `job`; `stop` is polled at each paragraph of each stage. */
  run(job: Job, stop: () => boolean): JobResult {
    try {
      let errors: { ruleId: string; message: string }[] = [];
      const hit = job.transient ? undefined : this.checks.get(job.uri);
      let checked = hit && hit.key === job.key ? hit.checked : null;
      let ms = checked ? hit!.ms : 0;
      if (!checked) {
        const t0 = performance.now();
        const c = withInterrupt(stop, () =>
          checkText(job.text, {
            languageId: job.languageId,
            settings: job.settings,
            today: job.today,
            profiles: this.profiles,
            transcripts: this.transcripts ?? undefined,
            cancelled: stop,
            previous: job.transient ? undefined : (hit?.checked.analysis ?? null),
          }),
        );
        ms = performance.now() - t0;
        errors = c.errors.map((e) => ({ ruleId: e.ruleId, message: e.message }));
        if (!job.transient) this.checks.set(job.uri, { key: job.key, checked: c, ms });
        checked = c;
      }
      return { id: job.id, ok: true, value: answer(job.query, checked, this.docsUri, job.uri, job.transient ? undefined : this.reports), errors, analysisMs: ms };
    } catch (e) {
      if (e instanceof Interrupted || e instanceof Cancelled) return { id: job.id, ok: false, cancelled: true };
      return { id: job.id, ok: false, cancelled: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
  }
}
