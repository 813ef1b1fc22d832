/** Transcripts: parsing of the record (interviews, notes), the word index, and each quotation checked against it (pure: the caller does the file I/O). */
export type { ParsedTranscript, Turn, TranscriptFormat } from './types';
export { parseTranscript } from './parse';
export { tokenize, type Token } from './tokens';
export { align, changesOf, type Change, type DiffPart } from './align';
export { TranscriptIndex, MIN_WORDS, MIN_SHARE, type RecordMatch, type TranscriptLookup, type TranscriptFileResult } from './transcriptIndex';
export { quoteRecords, quoteRecord, sameSpeaker, displayName, type QuoteRecord, type RecordStatus } from './record';
