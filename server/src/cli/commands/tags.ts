/**
 * `copydesk tags [--format text|json] FILE...`: the linguistic layer of each
 * draft, sentence by sentence: every token with its part-of-speech tag and
 * the noun-phrase chunks (analysis/layer). A window on what the attribution,
 * source and date passes see when they ask the layer about a word.
 *
 * JSON: `[{"file", "sentences": [{"line","column","endLine","endColumn",
 * "tokens": [{"text","pos","line","column"}], "chunks": [{"line","column","endLine","endColumn","text","head","possessor"}]}]}]`
 * (1-based, end exclusive; `possessor` is null or the text before a possessive `'s` in the chunk).
 */
import { sentenceTags } from '../../analysis/layer';
import type { CliIO, ExitCode } from '../io';
import { DRAFT_OPTIONS_HELP } from '../draftOptions';
import { runOverDrafts, type DraftCommandSpec } from '../draftCommand';
import type { Command } from './index';
import { cliRange, type CliRange } from './quotes';

export interface CliTaggedSentence extends CliRange {
  tokens: { text: string; pos: string; line: number; column: number }[];
  chunks: (CliRange & { text: string; head: string; possessor: string | null })[];
}

const HELP = `Usage: copydesk tags [options] FILE...

Prints the linguistic layer of the drafts: each sentence's tokens with their
part-of-speech tags (Universal Dependencies: NOUN, PROPN, PRON, VERB, AUX,
ADV, ADJ, ADP, DET, ...) and its noun-phrase chunks, as the analysis reads them.

Options:
  --format text|json|jsonl  output format (default text; jsonl: one file's JSON entry per line)
      text: file:line:col then the sentence as [chunk words/TAG] and words/TAG
      json: [{"file": "...", "sentences": [{"line", "column", "endLine", "endColumn",
             "tokens": [{"text", "pos", "line", "column"}],
             "chunks": [{"line", "column", "endLine", "endColumn", "text", "head", "possessor"}]}]}]
${DRAFT_OPTIONS_HELP}
  -h, --help          show this help

Exit status: 0 on success, 2 for a usage error or a file that could not be read.
`;

export const tagsSpec: DraftCommandSpec<unknown> = {
  name: 'tags',
  help: HELP,
  alwaysEnable: true,
  noticeOnStderr: true,
  perFile(file, text, result) {
    const doc = result.analysis?.doc;
    const sentences: CliTaggedSentence[] = [];
    let out = '';
    for (const s of doc?.sentences ?? []) {
      const t = sentenceTags(doc!, s);
      if (!t || t.tokens.length === 0) continue;
      const range = cliRange(s, result.lines);
      sentences.push({
        ...range,
        tokens: t.tokens.map((x) => {
          const p = result.lines.positionAt(x.start);
          return { text: text.slice(x.start, x.end), pos: x.pos, line: p.line + 1, column: p.character + 1 };
        }),
        chunks: t.chunks.map((c) => ({
          ...cliRange(c, result.lines),
          text: text.slice(c.start, c.end),
          head: text.slice(c.head.start, c.head.end),
          possessor: c.possessor ? text.slice(c.possessor.start, c.possessor.end) : null,
        })),
      });
      // Text: tokens as word/TAG, each chunk in brackets.
      const parts: string[] = [];
      let ci = 0;
      t.tokens.forEach((x, i) => {
        const c = t.chunks[ci];
        let w = `${text.slice(x.start, x.end).replace(/\s+/g, ' ')}/${x.pos}`;
        if (c && i === c.first) w = '[' + w;
        if (c && i === c.last) {
          w += ']';
          ci++;
        }
        parts.push(w);
      });
      out += `${file}:${range.line}:${range.column} ${parts.join(' ')}\n`;
    }
    return { json: { file, sentences }, text: out };
  },
};

export const tagsCommand: Command = {
  name: 'tags',
  summary: 'show the part-of-speech tags and noun-phrase chunks the analysis reads',
  help: HELP,
  run(args: string[], io: CliIO): Promise<ExitCode> {
    return runOverDrafts(args, io, tagsSpec);
  },
};
