/**
 * Transcripts: the record of what was said (interview transcripts, notes),
 * kept as text files in the workspace (`transcripts/`). Data only: nothing is
 * executed or fetched. Offsets are UTF-16 into the transcript file's text.
 */
import type { Span } from '../types';

/** One speaker turn: what one person said until someone else spoke. */
export interface Turn {
  /** The speaker as labelled in the file (`Raymond Vu`, `RAYMOND VU`), or null when the file does not say. */
  speaker: string | null;
  /** A question (`Q`, `Interviewer`, `Reporter`, or a name listed under `interviewer:`): never the source of a quotation. */
  question: boolean;
  /** Zero-based line where the turn starts (its label). */
  line: number;
  /** The time stamp written with the turn (`00:12:31`), or null. */
  time: string | null;
  /** The pieces of the file that hold the turn's words (labels, cue timings and tags left out). */
  segments: Span[];
}

export type TranscriptFormat = 'text' | 'vtt' | 'srt' | 'export';

export interface ParsedTranscript {
  format: TranscriptFormat;
  turns: Turn[];
  /** Names listed under `interviewer:` in the front matter. */
  interviewers: string[];
}
