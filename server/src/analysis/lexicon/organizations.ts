/**
 * Organisation cues: names a newsroom writes every day and the words that
 * make a capitalised run an organisation (`Department`, `Inc.`, `Post`).
 * Data only, lower case; matching lower-cases the draft's words.
 *
 * Sources: AP Stylebook entries for US agencies and news organisations, the
 * wire services and papers PolNeAR's 2016 articles cite, and the corporate
 * suffixes in `lexicon/abbreviations.ts`.
 */

/** Organisations known by name (normalised: lower case, no periods, single spaces). */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set([
  // Government bodies, US
  'white house', 'pentagon', 'congress', 'senate', 'house of representatives', 'supreme court', 'state department',
  'justice department', 'defense department', 'treasury department', 'commerce department', 'labor department',
  'department of justice', 'department of state', 'department of defense', 'department of homeland security',
  'homeland security', 'federal reserve', 'fbi', 'cia', 'nsa', 'doj', 'dhs', 'ice', 'fema', 'nasa', 'sec', 'fda',
  'cdc', 'epa', 'irs', 'ftc', 'fcc', 'faa', 'atf', 'dea', 'nypd', 'lapd', 'secret service', 'national guard',
  'gop', 'rnc', 'dnc', 'republican party', 'democratic party', 'republican national committee',
  'democratic national committee', 'electoral college', 'capitol police',
  // Government bodies, elsewhere
  'kremlin', 'downing street', 'elysee', 'élysée', 'bundestag', 'knesset', 'duma', 'parliament', 'european commission',
  'european union', 'united nations', 'un', 'eu', 'nato', 'who', 'imf', 'world bank', 'opec', 'interpol', 'europol',
  'hamas', 'hezbollah', 'taliban', 'red cross', 'amnesty international', 'human rights watch',
  // News organisations and pollsters
  'bloomberg', 'bloomberg news', 'reuters', 'associated press', 'ap', 'afp', 'agence france-presse', 'tass', 'ria novosti',
  'interfax', 'xinhua', 'bbc', 'cnn', 'msnbc', 'nbc', 'abc', 'cbs', 'fox news', 'npr', 'pbs', 'politico', 'axios',
  'breitbart', 'breitbart news', 'the hill', 'new york times', 'washington post', 'wall street journal',
  'new york post', 'los angeles times', 'usa today', 'financial times', 'the guardian', 'the economist',
  'the atlantic', 'the new yorker', 'buzzfeed', 'buzzfeed news', 'vox', 'huffington post', 'daily mail',
  'the telegraph', 'the times', 'al jazeera', 'gallup', 'pew research center', 'quinnipiac', 'quinnipiac university',
  'rasmussen reports', 'politifact', 'factcheck.org', 'getty', 'getty images', 'ap photo', 'afp/getty images',
  // Companies often quoted
  'google', 'apple', 'microsoft', 'amazon', 'meta', 'facebook', 'twitter', 'tesla', 'spacex', 'openai', 'nvidia',
  'intel', 'boeing', 'exxonmobil', 'goldman sachs', 'jpmorgan', 'jpmorgan chase', 'walmart', 'uber',
]);

/**
 * Last words that make a capitalised run an organisation
 * (`Aldergate Semiconductor Inc.`, `Riverton Police Department`, `New York Post`).
 */
export const ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'group', 'holdings',
  'bank', 'department', 'ministry', 'agency', 'office', 'bureau', 'commission', 'committee', 'council',
  'association', 'institute', 'institution', 'foundation', 'university', 'college', 'party', 'union', 'court',
  'police', 'service', 'services', 'authority', 'federation', 'network', 'news', 'post', 'times', 'journal',
  'herald', 'tribune', 'gazette', 'press', 'magazine', 'administration', 'army', 'navy', 'guard', 'caucus',
  'campaign', 'center', 'centre', 'society', 'league', 'alliance', 'coalition', 'fund', 'trust', 'board',
  'organization', 'organisation', 'industries', 'technologies', 'systems', 'semiconductor', 'motors', 'airlines',
  'pharmaceuticals', 'labs', 'laboratories', 'partners', 'capital', 'ventures', 'media', 'broadcasting', 'assembly', 'images', 'show', 'podcast', 'program', 'programme',
]);

/** First words of organisation names built with `of` (`Department of Justice`, `Bank of America`). */
export const ORGANIZATION_PREFIXES: ReadonlySet<string> = new Set([
  'department', 'ministry', 'bank', 'university', 'board', 'office', 'bureau', 'institute', 'church', 'council',
  'house', 'chamber', 'federation', 'court', 'department', 'agency', 'bureau', 'association', 'society', 'league', 'association', 'school', 'college', 'museum', 'court', 'committee',
]);

/**
 * Descriptors that stand for an organisation already named (`the news agency`
 * after `Bloomberg news agency`), mapped to the words an organisation's role
 * must contain for the descriptor to point at it.
 */
export const ORGANIZATION_DESCRIPTORS: Readonly<Record<string, readonly string[]>> = {
  'news agency': ['news agency', 'agency', 'wire service'],
  'wire service': ['news agency', 'wire service'],
  company: ['company', 'maker', 'firm', 'inc', 'corp'],
  firm: ['company', 'firm'],
  newspaper: ['newspaper', 'paper', 'post', 'times', 'journal'],
};
