/**
 * The single entry point of the analysis layer: text and options in, a
 * `DocumentAnalysis` out. The language server, the CLI, the report and the
 * tests all call this, so every face of Copydesk sees the same facts.
 */
import { buildDocument, paragraphBudget, withinParagraphBudget, type DocumentModel, type ParagraphCut } from './document';
import { findPublicationDate } from './publicationDate';
import { findQuotationsWithin, type QuotationCut } from './quotes/quotations';
import { attributeQuotations } from './quotes/attribution';
import { findDates, type DateMention } from './dates';
import { findActors, type ActorTable } from './actors';
import type { AnalysisOptions, Attribution, PublicationDate, Quotation } from './types';

/** Everything Copydesk knows about one version of one draft. */
export interface DocumentAnalysis {
  doc: DocumentModel;
  options: AnalysisOptions;
  publicationDate: PublicationDate;
  quotations: Quotation[];
  /** Where a draft with more paragraphs than it can hold analysed was cut (document.ts `paragraphBudget`), or null. */
  paragraphCut: ParagraphCut | null;
  /** Where a draft with more quotations than it can hold checked in full was cut (quotes/quotations.ts `quotationBudget`), or null. */
  quotationCut: QuotationCut | null;
  /** Every attribution relation (cue + source) in the draft, quoted or not. */
  attributions: Attribution[];
  /** The people and organisations the draft names, merged across mentions. */
  actors: ActorTable;
  /** Every date expression, resolved against the publication date. */
  dates: DateMention[];
}

/** Models cut to their paragraph budget. */
const cutModels = new WeakSet<DocumentModel>();

/** `prevDoc`: the model of an earlier version, for an incremental analysis (see `buildDocument`); the result is the same without it. */
export function analyze(text: string, options: AnalysisOptions, prevDoc?: DocumentModel): DocumentAnalysis {
  // The model of the text within the paragraph budget: only one paragraph past it is built. A cut model is never
  // edited into the next version's (it lacks the paragraphs after the cut): that version is built afresh.
  const whole = buildDocument(text, options.languageId, prevDoc && !cutModels.has(prevDoc) ? prevDoc : undefined, paragraphBudget(text.length) + 1);
  const { doc, cut: paragraphCut } = withinParagraphBudget(whole);
  if (paragraphCut) cutModels.add(doc);
  const publicationDate = findPublicationDate(doc, options);
  const { quotations, cut: quotationCut } = findQuotationsWithin(doc);
  const attributions = attributeQuotations(doc, quotations, options.profiles, prevDoc);
  const actors = findActors(doc, quotations, attributions);
  return { doc, options, publicationDate, paragraphCut, quotations, quotationCut, attributions, actors, dates: findDates(doc, publicationDate, quotations) };
}
