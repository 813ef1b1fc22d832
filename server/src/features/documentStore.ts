/**
 * The language server's open documents (issue 15, row 12). Like the stock
 * `TextDocument` store, except that a draft the server has declined as too
 * large drops its text: its edits then cost nothing, where the stock store
 * builds a new copy of the whole text for every keystroke (a 60 MB draft and
 * 20 edits peaked at 800 MB). A declined draft keeps its URI, language,
 * version and an estimate of its size, enough to keep declining it with the
 * same notice until it is closed, or its whole text is sent again (a full
 * change), which puts it back in play.
 */
import { TextDocument, type Position, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver';

/** An open draft: a `TextDocument` whose text can be dropped once the draft is declined (`decline`). */
export class DraftDocument implements TextDocument {
  private text: TextDocument | null;
  /** UTF-8 size when declined, plus the bytes inserted since (deletions cannot be counted without the text); null while the text is kept. */
  private declinedBytes: number | null = null;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    version: number,
    content: string,
  ) {
    this.text = TextDocument.create(uri, languageId, version, content);
    this.currentVersion = version;
  }

  private currentVersion: number;

  get version(): number {
    return this.currentVersion;
  }

  /** The size in UTF-8 bytes the draft was declined at (grown by later insertions), or null when its text is kept. */
  get declinedSize(): number | null {
    return this.declinedBytes;
  }

  /** Drops the text of a draft declined at `bytes` UTF-8 bytes: later edits only count inserted bytes. */
  decline(bytes: number): void {
    if (this.text === null) return;
    this.text = null;
    this.declinedBytes = bytes;
  }

  /** Applies `changes` (a full change brings the text back; ranged changes to a declined draft only grow its size). */
  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    this.currentVersion = version;
    for (const change of changes) {
      if (!('range' in change) || change.range === undefined) {
        this.text = TextDocument.create(this.uri, this.languageId, version, change.text);
        this.declinedBytes = null;
      } else if (this.text) {
        TextDocument.update(this.text, [change], version);
      } else if (this.declinedBytes !== null) {
        this.declinedBytes += Buffer.byteLength(change.text, 'utf8');
      }
    }
  }

  /** The text; empty for a declined draft (check `declinedSize` first). */
  getText(range?: Range): string {
    return this.text ? this.text.getText(range) : '';
  }

  positionAt(offset: number): Position {
    return this.text ? this.text.positionAt(offset) : { line: 0, character: 0 };
  }

  offsetAt(position: Position): number {
    return this.text ? this.text.offsetAt(position) : 0;
  }

  get lineCount(): number {
    return this.text ? this.text.lineCount : 0;
  }
}

/** The configuration of `TextDocuments` that stores `DraftDocument`s. */
export const draftDocuments: TextDocumentsConfiguration<DraftDocument> = {
  create: (uri, languageId, version, content) => new DraftDocument(uri, languageId, version, content),
  update: (doc, changes, version) => {
    doc.update(changes, version);
    return doc;
  },
};
