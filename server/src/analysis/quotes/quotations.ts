import type { DocumentModel } from '../document';
import type { Quotation } from '../types';

/** Finds every quotation in the document (work in progress: replaced in the next commit). */
export function findQuotations(doc: DocumentModel): Quotation[] {
  void doc;
  return [];
}
