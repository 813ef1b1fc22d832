/**
 * The single entry point of the analysis layer: text and options in, a
 * `DocumentAnalysis` out. The language server, the CLI, the report and the
 * tests all call this, so every face of Copydesk sees the same facts.
 */
import { cacheIsActive } from './cache';
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

/** The whole model of a draft whose analysed model was cut to its paragraph budget (incremental analyses only). */
const wholeModels = new WeakMap<DocumentModel, DocumentModel>();

/** `prevDoc`: the model of an earlier version, for an incremental analysis (see `buildDocument`); the result is the same without it. */
export function analyze(text: string, options: AnalysisOptions, prevDoc?: DocumentModel): DocumentAnalysis {
  // The model of the whole text; the analysis reads it within the paragraph budget. An incremental analysis keeps
  // the whole model of a cut draft, for the next version to edit.
  // Outside an incremental analysis nothing edits the model later, so only one paragraph past the budget is built.
  const incremental = cacheIsActive();
  const whole = buildDocument(text, options.languageId, prevDoc && (wholeModels.get(prevDoc) ?? prevDoc), incremental ? Infinity : paragraphBudget(text.length) + 1);
  const { doc, cut: paragraphCut } = withinParagraphBudget(whole);
  if (doc !== whole && incremental) wholeModels.set(doc, whole);
  const publicationDate = findPublicationDate(doc, options);
  const { quotations, cut: quotationCut } = findQuotationsWithin(doc);
  const attributions = attributeQuotations(doc, quotations, options.profiles, prevDoc);
  const actors = findActors(doc, quotations, attributions);
  return { doc, options, publicationDate, paragraphCut, quotations, quotationCut, attributions, actors, dates: options.skipDates ? [] : findDates(doc, publicationDate, quotations) };
}
