import type { DocumentAnalysis } from '../analyze';
import type { DocumentModel } from '../document';
import type { Attribution, Quotation } from '../types';

/** Attributes quotations and lists attribution relations (work in progress: replaced in the next commit). */
export function attributeQuotations(doc: DocumentModel, quotes: Quotation[]): Attribution[] {
  void doc;
  void quotes;
  return [];
}

/** Up to `max` people named before `offset`, nearest first. */
export function speakerCandidates(a: DocumentAnalysis, offset: number, max: number): string[] {
  void a;
  void offset;
  void max;
  return [];
}
