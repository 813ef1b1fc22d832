/**
 * Parses one transcript file into speaker turns (pure: the caller reads the file).
 *
 * - Plain text or Markdown: a line starting `NAME:`, `[hh:mm:ss] NAME:`,
 *   `NAME (hh:mm:ss):` or `**NAME:**` opens a turn; the lines after it belong
 *   to it until the next label.
 * - WebVTT (`WEBVTT` header): cues with `<v NAME>` voice tags.
 * - SRT (numbered cues with `-->` timings): a cue whose text starts `NAME:`
 *   opens a turn; a cue without a label continues the turn before it.
 * - Transcription-service exports: a line `NAME  hh:mm` (or `NAME hh:mm:ss`)
 *   on its own, followed by that turn's text.
 * - YAML front matter: `speaker:` names the speaker of a single-speaker file
 *   (and of text before the first label); `interviewer:` (a name or a list)
 *   names people whose turns are questions.
 * Turns by `Q`, `Question`, `Interviewer` or `Reporter` are questions.
 */
import type { Span } from '../types';
import type { ParsedTranscript, TranscriptFormat, Turn } from './types';

const QUESTION_LABELS = new Set(['q', 'question', 'interviewer', 'reporter', 'int']);
const ANSWER_LABELS = new Set(['a', 'answer']);

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
/** A speaker name: up to six words, each starting with a letter (capital, or all caps), or `Q`/`A`. */
const NAME = String.raw`[\p{Lu}][\p{L}\p{M}'’.\-]*(?:[ \t]+(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|de|da|van|von|der|del|la|le|bin|al)){0,5}`;

const LABEL_PATTERNS: RegExp[] = [
  // **NAME:** text   or   **NAME**: text
  new RegExp(String.raw`^[ \t]*\*\*(${NAME})(?::\*\*|\*\*:)[ \t]*`, 'u'),
  // [hh:mm:ss] NAME: text
  new RegExp(String.raw`^[ \t]*\[(${TIME})\][ \t]*(${NAME}):[ \t]*`, 'u'),
  // NAME (hh:mm:ss): text
  new RegExp(String.raw`^[ \t]*(${NAME})[ \t]*\((${TIME})\):[ \t]*`, 'u'),
  // NAME: text
  new RegExp(String.raw`^[ \t]*(${NAME}):(?:[ \t]+|$)`, 'u'),
];
/** `NAME  hh:mm` alone on a line (transcription-service export). */
const EXPORT_LABEL = new RegExp(String.raw`^[ \t]*(${NAME})[ \t]+(${TIME})[ \t]*$`, 'u');
const VTT_TIMING = /^\s*(?:(\d{1,2}:)?\d{2}:\d{2}[.,]\d{3})\s+-->\s+/;
const SRT_TIMING = /^\s*(\d{1,2}:\d{2}:\d{2})[,.]\d{1,3}\s+-->\s+/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string, from: number): Line[] {
  const out: Line[] = [];
  let s = from;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const end = e > s && text[e - 1] === '\r' ? e - 1 : e;
    out.push({ start: s, end, text: text.slice(s, end) });
    if (e >= text.length) break;
    s = e + 1;
  }
  return out;
}

function lineNumberAt(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function unquote(s: string): string {
  const t = s.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

interface FrontMatter {
  speaker: string | null;
  interviewers: string[];
  /** Offset where the body starts. */
  bodyStart: number;
}

/** Reads `speaker:` and `interviewer:` from YAML front matter (plain scalars, flow or block lists). */
export function readFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { speaker: null, interviewers: [], bodyStart: 0 };
  const m = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!m) return none;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(m[0].length);
  const c = close.exec(rest);
  if (!c) return none;
  const body = rest.slice(0, c.index);
  const bodyStart = m[0].length + c.index + c[0].length;
  let speaker: string | null = null;
  const interviewers: string[] = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const kv = /^(speaker|interviewers?)[ \t]*:[ \t]*(.*)$/i.exec(lines[i]);
    if (!kv) continue;
    const key = kv[1].toLowerCase();
    let values: string[] = [];
    const v = kv[2].trim();
    if (v.startsWith('[')) values = v.replace(/^\[|\]$/g, '').split(',').map(unquote).filter(Boolean);
    else if (v) values = [unquote(v)];
    else {
      for (let j = i + 1; j < lines.length && /^[ \t]*-[ \t]+/.test(lines[j]); j++) values.push(unquote(lines[j].replace(/^[ \t]*-[ \t]+/, '')));
    }
    if (key === 'speaker') speaker = values[0] ?? null;
    else interviewers.push(...values);
  }
  return { speaker, interviewers, bodyStart: text[bodyStart] === '\r' ? bodyStart + 2 : text[bodyStart] === '\n' ? bodyStart + 1 : bodyStart };
}

class TurnBuilder {
  readonly turns: Turn[] = [];
  private readonly interviewerKeys: Set<string>;

  constructor(
    private readonly text: string,
    interviewers: string[],
    private readonly defaultSpeaker: string | null,
  ) {
    this.interviewerKeys = new Set(interviewers.map((n) => n.trim().toLowerCase()));
  }

  private isQuestion(label: string | null): boolean {
    if (!label) return false;
    const k = label.trim().toLowerCase().replace(/\.$/, '');
    return QUESTION_LABELS.has(k) || this.interviewerKeys.has(k);
  }

  /** Opens a turn for `label` (a speaker label as written, or null for unlabelled text). */
  open(label: string | null, line: number, time: string | null): void {
    const question = this.isQuestion(label);
    let speaker = label?.trim() ?? null;
    if (speaker && ANSWER_LABELS.has(speaker.toLowerCase().replace(/\.$/, ''))) speaker = this.defaultSpeaker;
    if (!label) speaker = this.defaultSpeaker;
    this.turns.push({ speaker, question, line, time, segments: [] });
  }

  /** Adds text to the current turn (opening an unlabelled one when there is none). */
  add(span: Span, line: number): void {
    if (span.end <= span.start || !/\S/.test(this.text.slice(span.start, span.end))) return;
    if (!this.turns.length) this.open(null, line, null);
    this.turns[this.turns.length - 1].segments.push(span);
  }

  current(): Turn | undefined {
    return this.turns[this.turns.length - 1];
  }
}

function labelOf(line: string): { name: string; time: string | null; length: number } | null {
  for (let i = 0; i < LABEL_PATTERNS.length; i++) {
    const m = LABEL_PATTERNS[i].exec(line);
    if (!m) continue;
    const name = i === 1 ? m[2] : m[1];
    const time = i === 1 ? m[1] : i === 2 ? m[2] : null;
    // A label is a short name, not the start of a sentence ("Note: …" is fine, "In the end: …" is not a name).
    if (name.length > 60) continue;
    return { name: name.replace(/[.\s]+$/, '').trim(), time, length: m[0].length };
  }
  return null;
}

function parsePlain(text: string, from: number, b: TurnBuilder): TranscriptFormat {
  const lines = linesOf(text, from);
  const firstLine = lineNumberAt(text, from);
  const anyExport = lines.some((l, i) => EXPORT_LABEL.test(l.text) && i + 1 < lines.length && /\S/.test(lines[i + 1].text));
  let format: TranscriptFormat = 'text';
  lines.forEach((l, i) => {
    const lineNo = firstLine + i;
    if (/^\s*#{1,6}\s/.test(l.text) || /^\s*(?:---+|\*\*\*+)\s*$/.test(l.text)) return; // Markdown headings and rules
    if (anyExport) {
      const e = EXPORT_LABEL.exec(l.text);
      if (e) {
        format = 'export';
        b.open(e[1].trim(), lineNo, e[2]);
        return;
      }
    }
    const label = labelOf(l.text);
    if (label) {
      b.open(label.name, lineNo, label.time);
      b.add({ start: l.start + label.length, end: l.end }, lineNo);
      return;
    }
    b.add({ start: l.start, end: l.end }, lineNo);
  });
  return format;
}

/** WebVTT: cue payloads with `<v NAME>` voice tags (other tags and timestamps skipped). */
function parseVtt(text: string, from: number, b: TurnBuilder): void {
  const lines = linesOf(text, from);
  const firstLine = lineNumberAt(text, from);
  let inCue = false;
  let cueTime: string | null = null;
  let inNote = false;
  lines.forEach((l, i) => {
    const lineNo = firstLine + i;
    if (!l.text.trim()) {
      inCue = false;
      inNote = false;
      return;
    }
    if (/^WEBVTT/.test(l.text) || /^(?:STYLE|REGION)\b/.test(l.text)) {
      inNote = true;
      return;
    }
    if (/^NOTE\b/.test(l.text)) {
      inNote = true;
      return;
    }
    if (inNote) return;
    const t = VTT_TIMING.exec(l.text);
    if (t) {
      inCue = true;
      cueTime = l.text.trim().split(/\s+/)[0].replace(/[.,]\d+$/, '');
      if (cueTime.split(':').length === 2) cueTime = '00:' + cueTime;
      return;
    }
    if (!inCue) return; // a cue identifier
    // Payload: split at tags; a <v NAME> tag opens a turn when the speaker changes.
    const tag = /<(\/?)([a-z]+|\d)([^>]*)>/gi;
    let pos = l.start;
    let m: RegExpExecArray | null;
    const payload = l.text;
    while ((m = tag.exec(payload))) {
      const at = l.start + m.index;
      b.add({ start: pos, end: at }, lineNo);
      pos = at + m[0].length;
      if (!m[1] && m[2].toLowerCase() === 'v') {
        const name = m[3].replace(/^\.[\w.]*/, '').trim();
        const cur = b.current();
        if (!cur || cur.speaker !== name) b.open(name, lineNo, cueTime);
      }
    }
    b.add({ start: pos, end: l.end }, lineNo);
  });
}

/** SRT: numbered cues; a cue whose text starts `NAME:` opens a turn. */
function parseSrt(text: string, from: number, b: TurnBuilder): void {
  const lines = linesOf(text, from);
  const firstLine = lineNumberAt(text, from);
  let inCue = false;
  let firstOfCue = false;
  let cueTime: string | null = null;
  lines.forEach((l, i) => {
    const lineNo = firstLine + i;
    if (!l.text.trim()) {
      inCue = false;
      return;
    }
    const t = SRT_TIMING.exec(l.text);
    if (t) {
      inCue = true;
      firstOfCue = true;
      cueTime = t[1].padStart(8, '0');
      return;
    }
    if (!inCue) return; // the cue number
    const plain = l.text.replace(/<[^>]*>/g, (s) => ' '.repeat(s.length));
    const label = firstOfCue ? labelOf(plain.replace(/^-\s*/, (s) => ' '.repeat(s.length))) : null;
    firstOfCue = false;
    if (label) {
      b.open(label.name, lineNo, cueTime);
      b.add({ start: l.start + label.length, end: l.end }, lineNo);
    } else b.add({ start: l.start, end: l.end }, lineNo);
  });
}

/** The format of a transcript: by extension, else by content. */
export function formatOf(text: string, fileName: string): TranscriptFormat {
  if (/\.vtt$/i.test(fileName) || /^\uFEFF?WEBVTT/.test(text)) return 'vtt';
  if (/\.srt$/i.test(fileName) || /^\uFEFF?\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2},\d{3}\s+-->/.test(text)) return 'srt';
  return 'text';
}

/** Parses a transcript file's text into turns. `fileName` picks the format by its extension. */
export function parseTranscript(text: string, fileName: string): ParsedTranscript {
  const fm = readFrontMatter(text);
  const b = new TurnBuilder(text, fm.interviewers, fm.speaker);
  let format = formatOf(text, fileName);
  if (format === 'vtt') parseVtt(text, fm.bodyStart, b);
  else if (format === 'srt') parseSrt(text, fm.bodyStart, b);
  else format = parsePlain(text, fm.bodyStart, b);
  return { format, turns: b.turns.filter((t) => t.segments.length > 0), interviewers: fm.interviewers };
}
