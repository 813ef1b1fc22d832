/**
 * Lexicons for classifying the source of an attribution and grading
 * anonymous sourcing. Data only: a newsroom can review and extend these.
 *
 * Where the entries come from:
 * - AP Stylebook, "anonymous sources": the descriptors it names as needing a
 *   stated reason (`officials`, `a source`, `people familiar with`), and the
 *   forms of a reason (`spoke on condition of anonymity because …`).
 * - The New York Times "Confidential Sources" guidance and its standards
 *   editor's columns: `people briefed on`, `close to`, `involved in the talks`,
 *   `not authorized to speak publicly`, `asked not to be named because`.
 * - British lobby usage (BBC, Guardian, Reuters UK): `a No 10 source`,
 *   `Whitehall insiders`, `X understands`, `it is understood`.
 * - Reading the PolNeAR development articles (2016 US political news) for
 *   the heads reporters put on unnamed sources (`campaign aides`, `experts`,
 *   `administration officials`, `one GOP source in the room`).
 * All words are lower case; matching lower-cases the phrase word.
 */

/**
 * Head nouns of a descriptor that stands in for an unnamed source. A source
 * phrase whose head is one of these (and that carries no name) is unnamed.
 * Singular and plural are listed; spokespeople are deliberately absent (they
 * speak officially for a named organisation: see `ORGANIZATION_HEADS`).
 */
export const DESCRIPTOR_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'insider', 'insiders', 'aide', 'aides', 'person', 'persons', 'people',
  'employee', 'employees', 'staffer', 'staffers', 'adviser', 'advisers', 'advisor', 'advisors', 'diplomat', 'diplomats',
  'executive', 'executives', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'senator', 'senators',
  'congressman', 'congressmen', 'congresswoman', 'congresswomen', 'mp', 'mps', 'minister', 'ministers', 'member',
  'members', 'analyst', 'analysts', 'expert', 'experts', 'investigator', 'investigators', 'officer', 'officers',
  'strategist', 'strategists', 'operative', 'operatives', 'negotiator', 'negotiators',
  'administrator', 'administrators', 'manager', 'managers', 'worker', 'workers', 'staff', 'confidant', 'confidants',
  'ally', 'allies', 'associate', 'associates', 'colleague', 'colleagues', 'participant', 'participants', 'attendee',
  'attendees', 'observer', 'observers', 'prosecutor', 'prosecutors', 'agent', 'agents', 'envoy', 'envoys',
  'whistleblower', 'whistleblowers', 'donor', 'donors', 'fundraiser', 'fundraisers', 'lobbyist', 'lobbyists',
  'consultant', 'consultants', 'counsel', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'director', 'directors',
  'leader', 'leaders', 'figure', 'figures', 'contact', 'contacts', 'veteran', 'veterans', 'hand', 'hands',
  'mandarin', 'mandarins', 'backbencher', 'backbenchers', 'loyalist', 'loyalists', 'operator', 'operators',
  'someone', 'somebody', 'friend', 'friends', 'partner', 'partners', 'activist', 'activists', 'economist',
  'economists', 'scientist', 'scientists', 'scholar', 'scholars', 'historian', 'historians', 'pundit', 'pundits',
  'commentator', 'commentators', 'critic', 'critics', 'skeptic', 'skeptics', 'sceptic', 'sceptics', 'detractor',
  'detractors', 'watcher', 'watchers', 'supporter', 'supporters', 'opponent', 'opponents', 'rival', 'rivals',
  'trader', 'traders', 'investor', 'investors',
]);

/**
 * Heads that are unnamed only with a determiner, number or anonymity
 * qualifier in front or behind (`two lawyers familiar with`, `a lawyer for
 * the family`); bare and definite uses (`the attorney said`) usually refer
 * back to someone the draft names, so they are not flagged on their own.
 */
export const WEAK_DESCRIPTOR_HEADS: ReadonlySet<string> = new Set([
  'counsel', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'director', 'directors', 'leader', 'leaders', 'manager',
  'managers', 'worker', 'workers', 'veteran', 'veterans', 'hand', 'hands', 'figure', 'figures', 'agent', 'agents',
  'donor', 'donors', 'member', 'members', 'executive', 'executives', 'officer', 'officers', 'minister', 'ministers',
  'administrator', 'administrators', 'participant', 'participants', 'attendee', 'attendees', 'observer',
  'observers', 'prosecutor', 'prosecutors', 'contact', 'contacts', 'operator', 'operators', 'staff', 'ally', 'allies',
  'associate', 'associates', 'colleague', 'colleagues', 'consultant', 'consultants', 'envoy', 'envoys', 'friend',
  'friends', 'partner', 'partners', 'supporter', 'supporters', 'opponent', 'opponents', 'rival', 'rivals',
]);

/**
 * Heads of a class cited for an opinion or expectation rather than a
 * particular informant (`experts say`, `critics argue`, `most economists
 * agree`, `traders expect`): in the plural they are `source.vague`, not
 * `source.unnamed`. A singular with an article (`an analyst at the bank`) is
 * one unnamed person and stays `source.unnamed`.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'analysts', 'experts', 'economists', 'scientists', 'scholars', 'historians', 'pundits', 'commentators', 'critics',
  'skeptics', 'sceptics', 'detractors', 'observers', 'watchers', 'supporters', 'opponents', 'rivals', 'traders',
  'investors',
]);

/**
 * Quantifiers that hedge a class (`some Democrats`, `many conservatives`,
 * `most party insiders`): such a group is `source.vague`, unless its head
 * is an informant (`some officials`, `many of her aides`).
 */
export const HEDGING_QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'few', 'others', 'various', 'numerous', 'countless']);

/**
 * Heads that name the informants of reporting (`officials`, `aides`,
 * `sources`): unnamed however they are quantified.
 */
export const INFORMANT_HEADS: ReadonlySet<string> = new Set([
  'official', 'officials', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'source', 'sources',
  'staffer', 'staffers', 'ally', 'allies', 'confidant', 'confidants', 'diplomat', 'diplomats', 'negotiator',
  'negotiators', 'investigator', 'investigators', 'employee', 'employees', 'associate', 'associates', 'friend',
  'friends',
]);

/**
 * Plural nouns for a party, a camp or a public (`Democrats`, `conservatives`,
 * `voters`). Bare, they are a collective actor (`Republicans believe they have
 * an opening`), not a source; quantified they are a group the draft does not
 * name: `several Democrats cautioned` (unnamed), `many Democrats say` (vague);
 * `Democrats privately acknowledge` is unnamed too (see `PRIVATE_ADVERBS`).
 */
export const GROUP_HEADS: ReadonlySet<string> = new Set([
  'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'moderates', 'tories', 'labourites',
  'independents', 'evangelicals', 'voters', 'delegates', 'politicians', 'reporters', 'journalists', 'residents',
  'teachers', 'doctors', 'nurses', 'farmers', 'parents', 'students', 'citizens', 'americans', 'britons',
]);

/** Adverbs between a group and its cue that mark it as speaking off the record: `Democrats privately concede`. */
export const PRIVATE_ADVERBS: ReadonlySet<string> = new Set(['privately', 'quietly', 'confidentially']);

/**
 * Heads that are anonymous by their very meaning: even `the source` or `the
 * insiders` (a back-reference) is still someone the draft does not name.
 */
export const ALWAYS_ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'source', 'sources', 'insider', 'insiders', 'whistleblower', 'whistleblowers', 'confidant', 'confidants', 'someone', 'somebody',
]);

/**
 * Heads of a phrase for an organisation or office speaking officially (`the
 * State Department`, `the city's budget office`, `a company spokeswoman`,
 * `police`). Not an anonymous source: the institution is on the record.
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'office', 'agency', 'bureau', 'service', 'administration', 'government', 'company',
  'firm', 'corporation', 'group', 'campaign', 'committee', 'commission', 'council', 'board', 'authority', 'court',
  'police', 'district', 'union', 'university', 'college', 'school', 'bank', 'party', 'embassy', 'consulate', 'army',
  'military', 'navy', 'pentagon', 'kremlin', 'cabinet', 'parliament', 'congress', 'senate', 'house', 'legislature',
  'assembly', 'panel', 'team', 'club', 'league', 'federation', 'association', 'institute', 'foundation', 'center',
  'centre', 'organization', 'organisation', 'coalition', 'alliance', 'network', 'newspaper', 'paper', 'agency',
  'watchdog', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople',
  'spokespersons', 'representative', 'city', 'county', 'state', 'town', 'village',
  'inc', 'corp', 'ltd', 'llc', 'plc', 'co', 'network', 'channel', 'outlet', 'hospital', 'clinic', 'utility', 'airline',
  'manufacturer', 'maker', 'chipmaker', 'automaker', 'retailer', 'provider', 'producer', 'developer',
  'owner', 'owners', 'station', 'magazine', 'website', 'site', 'publisher', 'broadcaster', 'tribunal', 'directorate',
  'secretariat', 'caucus', 'delegation', 'mission', 'force', 'forces', 'guard', 'fbi', 'cia', 'nsa', 'sec', 'epa',
  'irs', 'nypd', 'un', 'nato', 'imf', 'eu', 'fed', 'regulator', 'regulators',
]);

/**
 * Heads of a document or record as source (`court filings`, `a copy reviewed
 * by the news agency`, `the report`). Documents are on the record.
 */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'filing', 'filings', 'document', 'documents', 'record', 'records', 'report', 'reports', 'data', 'statement',
  'statements', 'transcript', 'transcripts', 'memo', 'memos', 'memorandum', 'letter', 'letters', 'copy', 'copies',
  'survey', 'surveys', 'poll', 'polls', 'study', 'studies', 'analysis', 'analyses', 'figures', 'release', 'releases',
  'email', 'emails', 'e-mail', 'e-mails', 'message', 'messages', 'text', 'texts', 'recording', 'recordings', 'video',
  'videos', 'footage', 'tape', 'tapes', 'audio', 'minutes', 'notes', 'agenda', 'budget', 'estimate', 'estimates',
  'forecast', 'forecasts', 'complaint', 'complaints', 'lawsuit', 'suit', 'indictment', 'affidavit', 'ruling',
  'rulings', 'order', 'judgment', 'opinion', 'decision', 'verdict', 'testimony', 'deposition', 'post', 'posts',
  'tweet', 'tweets', 'website', 'article', 'articles', 'book', 'books', 'paper', 'papers', 'draft', 'plan',
  'proposal', 'contract', 'agreement', 'guidance', 'guidelines', 'rules', 'regulations', 'law', 'bill', 'account',
  'accounts', 'log', 'logs', 'filings', 'disclosure', 'disclosures', 'returns', 'return', 'map', 'chart', 'table',
  'schedule', 'summary', 'review', 'audit', 'audits', 'investigation', 'inquiry', 'probe', 'dossier', 'file', 'files',
  'cable', 'cables', 'spreadsheet', 'presentation', 'slide', 'slides', 'petition', 'manifesto', 'announcement',
  'notice', 'warrant', 'subpoena', 'brief', 'motion', 'citation', 'census', 'index', 'tally', 'count', 'results',
  'findings', 'assessment', 'evaluation', 'projection', 'projections', 'model', 'ad', 'ads', 'advertisement',
]);

/**
 * Modifiers that make `source` a thing, not a person (`the top power source`,
 * `a revenue source`, `open source`).
 */
export const NON_PERSON_SOURCE_MODIFIERS: ReadonlySet<string> = new Set([
  'power', 'energy', 'heat', 'light', 'water', 'food', 'revenue', 'income', 'funding', 'financing', 'open', 'data',
  'fuel', 'electricity', 'protein', 'carbon', 'emissions', 'pollution', 'radiation', 'infection', 'noise', 'traffic',
  'tax', 'cash', 'growth', 'inspiration', 'job', 'jobs', 'employment', 'supply', 'point', 'single', 'renewable',
  'nutrition', 'calorie', 'vitamin', 'ignition', 'drinking', 'oil', 'gas', 'coal', 'nuclear', 'solar', 'wind',
]);

/** Personal and relative pronouns that can stand as a source. */
export const SOURCE_PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'i', 'we', 'you', 'it', 'who', 'him', 'her', 'them', 'one',
]);

/**
 * Determiners, quantifiers and numbers that open an indefinite descriptor
 * (`a`, `two`, `several`, `one of`). Their presence makes a weak head unnamed.
 */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many',
  'multiple', 'various', 'numerous', 'other', 'another', 'few', 'dozens', 'scores', 'most', 'all', 'both', 'more',
  'senior', 'top', 'former', 'current', 'unnamed', 'anonymous',
]);

/** Words that, after the head, start a post-modifier of the descriptor (the head comes before them). */
export const POST_MODIFIER_STARTS: ReadonlySet<string> = new Set([
  'at', 'in', 'on', 'of', 'for', 'from', 'with', 'within', 'inside', 'to', 'by', 'near', 'around', 'across', 'under',
  'familiar', 'close', 'closer', 'briefed', 'involved', 'knowledgeable', 'aware', 'privy', 'who', 'whom', 'whose',
  'that', 'which', 'speaking', 'working', 'granted', 'not', 'directly', 'i', 'we', 'you', 'he', 'she', 'they',
  'present', 'there', 'here', 'said', 'says', 'say',
]);

/**
 * Qualifiers after the head that mark a source as deliberately anonymous
 * (`familiar with the matter`, `briefed on the talks`, `close to the family`).
 * With one of these, even a definite or weak head is unnamed.
 */
export const ANONYMITY_QUALIFIERS: readonly RegExp[] = [
  /^familiar\b/i,
  /^(?:who\s+(?:was|were|had\s+been|have\s+been)\s+)?briefed\b/i,
  /^close\s+to\b/i,
  /^involved\s+in\b/i,
  /^(?:with|who\s+ha(?:s|d|ve))\s+(?:direct\s+|first-?hand\s+|detailed\s+)?knowledge\b/i,
  /^knowledgeable\b/i,
  /^(?:aware|privy)\b/i,
  /^in\s+the\s+room\b/i,
  /^(?:present|there)\b/i,
  /^(?:who|that)\s+(?:attended|saw|heard|read|reviewed|took\s+part|participated|was\s+present|were\s+present)\b/i,
  /^(?:with|in)\s+(?:direct\s+)?(?:access|contact)\b/i,
];

/** Partitive openers stripped before finding the head (`one of`, `a number of`, `some of the`). */
export const PARTITIVE = /^(?:(?:one|two|three|four|five|several|some|many|most|all|few|a\s+few|none|both|each|any|a\s+number|a\s+handful|a\s+couple|dozens|scores|a\s+group|a\s+pair|a\s+slew|a\s+host|a\s+raft|a\s+bevy)\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|those\s+|these\s+|our\s+|my\s+|your\s+)?)/i;

/**
 * Phrases that give (or announce) a reason for anonymity. One anywhere in the
 * paragraph, or in the nearest sentence of the paragraph before or after, grades the
 * finding down to information. From AP and NYT wording and PolNeAR copy.
 */
export const JUSTIFICATIONS: readonly RegExp[] = [
  /\bon\s+(?:the\s+)?condition\s+of\s+anonymity\b/i,
  /\bon\s+condition\s+(?:that\s+)?(?:(?:he|she|they|it|his|her|their)\s+)?(?:name\s+)?(?:not\s+be|be\s+not|wasn['’]t|weren['’]t)\s+(?:named|identified|used|published)\b/i,
  /\b(?:spoke|speaking|speak|talked|talking|agreed\s+to\s+speak|agreed\s+to\s+talk)\s+(?:only\s+)?(?:anonymously|on\s+background|without\s+attribution|off\s+the\s+record)\b/i,
  /\b(?:requested|request(?:ing)?|asked\s+for|insisted\s+on|granted|were\s+granted|was\s+granted|given|demanded|sought|requesting)\s+anonymity\b/i,
  /(?:\bnot|n['’]t)\s+(?:authori[sz]ed|permitted|allowed|cleared|empowered)\s+to\s+(?:speak|talk|comment|discuss|publicly|be\s+quoted|be\s+named|disclose|release|describe|share)/i,
  /\b(?:lacked|lacks|lack|without)\s+(?:the\s+)?authori[sz]ation\s+to\s+(?:speak|talk|comment|discuss)/i,
  /\b(?:asked|requested|wished|wanted|preferred|declined|refused)\s+not\s+to\s+be\s+(?:named|identified|quoted\s+by\s+name)\b/i,
  /\b(?:declined|refused|unwilling|did\s+not\s+want|didn['’]t\s+want)\s+to\s+be\s+(?:named|identified)\b/i,
  /\b(?:would|could)\s+not\s+be\s+(?:named|identified)\b/i,
  /\bname\s+(?:was\s+)?(?:withheld|not\s+(?:be\s+)?(?:used|published|disclosed))\b/i,
  /\b(?:for\s+fear\s+of|fearing|feared)\s+(?:reprisals?|retaliation|retribution|losing|being\s+fired|dismissal|punishment)\b/i,
  /\bbecause\s+(?:the\s+)?(?:talks|discussions|negotiations|deliberations|matter|details|information|investigation|decision|plans?)\s+(?:were|was|are|is|had|have)\s+(?:not\s+(?:yet\s+)?(?:been\s+)?(?:made\s+)?public|private|confidential|ongoing|continuing|sensitive|classified)/i,
  /\bnot\s+(?:yet\s+)?been\s+(?:made\s+)?public(?:ly\s+announced)?\b/i,
  /\bagreed\s+to\s+(?:discuss|describe|speak|talk)\b[^.]{0,60}\bonly\s+(?:if|on\s+condition)\b/i,
];

/**
 * Verbs and phrases with which a subject gives information (speech and
 * cognition). Used by the fallback pass that finds descriptor sources the
 * attribution engine did not report. Bare forms; inflections are generated.
 */
export const SOURCE_VERBS: readonly string[] = [
  'say', 'tell', 'add', 'note', 'explain', 'confirm', 'deny', 'acknowledge', 'admit', 'insist', 'argue', 'claim',
  'warn', 'caution', 'predict', 'suggest', 'report', 'describe', 'disclose', 'reveal', 'indicate', 'estimate',
  'expect', 'believe', 'think', 'fear', 'worry', 'concede', 'contend', 'maintain', 'assert', 'allege', 'stress',
  'emphasize', 'emphasise', 'point out', 'praise', 'criticize', 'criticise', 'complain', 'speculate', 'recount',
  'recall', 'describe', 'characterize', 'characterise', 'agree', 'caution', 'echo', 'weigh in', 'brief', 'signal',
  'hint', 'acknowledge', 'announce', 'reply', 'respond', 'counter', 'question', 'wonder', 'assume', 'expect',
  'anticipate', 'dispute', 'rebut', 'accuse', 'blame', 'urge', 'vow', 'pledge', 'promise', 'boast', 'lament',
  'write', 'testify', 'inform', 'rule out', 'play down', 'downplay', 'signal', 'concede', 'forecast', 'project',
  // Cognition and stance verbs that PolNeAR annotates and the issue's misses list (`advisers want`, `aides feel`).
  'feel', 'consider', 'suspect', 'doubt', 'defend', 'mention', 'discount', 'want', 'figure', 'reckon', 'cite',
  'deride', 'call', 'reject', 'dismiss', 'view', 'regard', 'interpret', 'see', 'portray', 'cast',
];

/**
 * Cues that report a view only with `as` after their object (`critics see the
 * plan as a giveaway`, `some view him as`); without it they report
 * perception or an act (`officials saw the crash`).
 */
export const AS_CUES: ReadonlySet<string> = new Set([
  'see', 'sees', 'saw', 'view', 'views', 'viewed', 'regard', 'regards', 'regarded', 'interpret', 'interprets',
  'interpreted', 'cast', 'casts', 'casted',
]);

/**
 * Cues that are speech only in an idiom (`as one aide put it`, `pointed out`,
 * `summed up`); with another object they report an act (`people put their
 * money in funds`). The pattern is what must follow the verb.
 */
export const IDIOM_CUES: ReadonlyMap<string, RegExp> = new Map([
  ['put', /^\s+(?:it|things)\b/i],
  ['puts', /^\s+(?:it|things)\b/i],
  ['pointed', /^\s+(?:out|to)\b/i],
  ['summed', /^\s+(?:it\s+)?up\b/i],
  ['sums', /^\s+(?:it\s+)?up\b/i],
  ['shot', /^\s+back\b/i],
  ['fired', /^\s+back\b/i],
  // `critics call the plan a giveaway`, `called for calm`; not `called the mayor to complain`.
  ...['call', 'calls', 'called'].map((v): [string, RegExp] => [
    v,
    /^\s+(?:for\b|(?:it|him|her|them|this|that|(?:the|his|her|their|its)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:a|an|the|["“'‘]|[\p{L}-]+(?:ly|ing|ed|ous|ive|al|ful|less|ic|ent|ant|able|ible)\b))/iu,
  ]),
]);

/**
 * Stance adjectives after `be` that report what a source said or thinks
 * (`aides were coy about`, `officials were confident that`): PolNeAR annotates
 * these as attributions, and they carry a source's view as much as `said`.
 */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set([
  'coy', 'complimentary', 'skeptical', 'sceptical', 'confident', 'optimistic', 'pessimistic', 'adamant', 'upbeat',
  'dismissive', 'critical', 'supportive', 'cautious', 'wary', 'concerned', 'worried', 'frustrated', 'angry',
  'furious', 'unhappy', 'pleased', 'eager', 'reluctant', 'divided', 'split', 'silent', 'tight-lipped', 'mum',
  'noncommittal', 'convinced', 'insistent', 'hopeful', 'doubtful', 'unconvinced', 'unsure', 'uncertain', 'alarmed',
  'dismayed', 'irritated', 'incensed', 'livid', 'quick', 'careful', 'vague', 'evasive', 'candid', 'blunt', 'effusive',
  'unanimous', 'emphatic', 'unequivocal', 'clear', 'open', 'vocal',
]);

/**
 * Hedges that hide a source without naming one (`source.vague`). Each match
 * is reported as a whole. Generic groups with an official flavour
 * (`officials said`, `analysts said`) are `source.unnamed` instead.
 */
export const VAGUE_PATTERNS: readonly { re: RegExp; label: string; needs: RegExp }[] = [
  { re: /\breportedly\b/giu, label: 'reportedly', needs: /reportedly/iu },
  { re: /\b(?:it\s+is|it['’]s|it\s+was|it\s+has\s+been)\s+(?:widely\s+|generally\s+)?(?:understood|said|believed|thought|rumou?red|claimed|alleged|reported|learned|learnt)\b/giu, label: 'impersonal passive', needs: /\bit(?:\s+(?:is|was|has)|['’]s)\s/iu },
  { re: /\b(?:critics|skeptics|sceptics|detractors|opponents|supporters|observers|commentators|some|many|others|people|some\s+people|many\s+people|most\s+people|everyone|everybody)\s+(?:have\s+)?(?:say|said|believe|believed|think|thought|argue|argued|claim|claimed|feel|felt|suggest|suggested|contend|contended|fear|feared|complain|complained|insist|insisted|worry|worried|warn|warned|expect|expected|predict|predicted|doubt|doubted|speculate|speculated|suspect|suspected|(?:see|saw|view|viewed|regard|regarded|interpret|interpreted)(?=[^.;:!?]{1,80}\bas\b))\b/giu, label: 'vague group', needs: /(?:critics|skeptics|sceptics|detractors|opponents|supporters|observers|commentators|some|many|others|people|everyone|everybody)\s/iu },
  { re: /\b(?:[Tt]he\s+)?(?:BBC|Guardian|Telegraph|FT|Financial\s+Times|Sky\s+News|ITV\s+News|Reuters|Bloomberg|Politico|Axios|(?:[\p{Lu}][\p{L}&]+\s+){1,3}(?:News|Times|Post|Journal|Telegraph|Herald|Guardian|Gazette|Tribune|Chronicle|Observer|Standard|Mail|Express|Mirror|Independent|Press|Radio|TV|Television)|this\s+(?:paper|newspaper|website|programme|program))\s+(?:understands|has\s+learned|has\s+learnt|has\s+been\s+told)\b/gu, label: 'news-organisation understands', needs: /\s(?:understands|has\s+learn|has\s+been\s+told)/u },
  { re: /\b(?:according\s+to\s+(?:(?:media|press|local|news|some|unconfirmed|several|multiple)\s+)?reports|(?:media|press|news|unconfirmed)\s+reports\s+(?:said|say|says|suggest|suggested|indicate|indicated))\b/giu, label: 'unspecified reports', needs: /reports/iu },
  { re: /\b(?:rumou?rs?\s+(?:has|have|had)\s+it)\b/giu, label: 'rumour', needs: /rumou?rs?\s/iu },
];
