/**
 * Titles and role words that precede or describe a name (`President`,
 * `Sen.`, `envoy`, `coach`). Used to strip titles off a speaker's name
 * (`Chief Financial Officer Wen Zhao` → `Wen Zhao`) and to recognise roles.
 * Sources: AP Stylebook titles, common news role nouns. Lower-cased.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'sen.', 'sen', 'senator', 'rep.', 'rep', 'representative',
  'gov.', 'gov', 'governor', 'mayor', 'judge', 'justice', 'chief', 'officer', 'executive', 'financial', 'operating',
  'chair', 'chairman', 'chairwoman', 'chairperson', 'director', 'general', 'gen.', 'gen', 'attorney', 'dr.', 'dr',
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'prof.', 'professor', 'coach', 'manager', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'envoy', 'special', 'adviser', 'advisor', 'commissioner', 'superintendent',
  'board', 'member', 'councilman', 'councilwoman', 'councillor', 'councilor', 'council', 'speaker', 'leader',
  'majority', 'minority', 'deputy', 'assistant', 'associate', 'senior', 'lt.', 'lt', 'col.', 'colonel', 'capt.',
  'captain', 'sgt.', 'sergeant', 'officer', 'detective', 'inspector', 'sheriff', 'police', 'fire', 'king', 'queen',
  'prince', 'princess', 'pope', 'rev.', 'reverend', 'bishop', 'cardinal', 'rabbi', 'imam', 'chancellor', 'premier',
  'foreign', 'defense', 'defence', 'interior', 'finance', 'treasury', 'state', 'health', 'economy', 'trade',
  'u.s.', 'us', 'uk', 'u.n.', 'un', 'eu', 'nato', 'former', 'acting', 'interim', 'founder', 'co-founder', 'ceo',
  'cfo', 'coo', 'cto', 'head', 'spokesman', 'analyst', 'economist', 'lawyer', 'candidate', 'nominee', 'democratic',
  'republican', 'democrat', 'press', 'communications', 'policy', 'national', 'security', 'federal', 'reserve',
  'fed', 'white', 'house', 'kremlin', 'lawmaker', 'congressman', 'congresswoman', 'delegate', 'ald.', 'alderman',
  'trustee', 'principal', 'dean', 'provost', 'auditor', 'comptroller', 'controller', 'treasurer', 'clerk', 'administrator',
  'counsel', 'prosecutor', 'district', 'county', 'city', 'regional', 'ukrainian', 'russian', 'american', 'british',
  'french', 'german', 'chinese', 'israeli', 'official', 'striker', 'midfielder', 'goalkeeper', 'forward',
  'defender', 'quarterback', 'pitcher', 'player', 'owner', 'partner', 'economist', 'professor', 'researcher',
]);

// ---------------------------------------------------------------------------
// Actors (issue 5): which title words head a title, which lower-case role
// nouns introduce a name (`US envoy Steve Witkoff`), which words may modify
// them, and which descriptors point back at a named person (`the Ukrainian
// leader`). Sources: AP Stylebook "titles", the role nouns in the dev drafts
// and in PolNeAR's 2016 articles. Lower case.

/**
 * Words that head a title before a name. A capitalised run of `TITLE_WORDS`
 * in front of a name is a title only when it holds one of these
 * (`Chief Financial Officer`, `Ukrainian President`), so a demonym alone
 * (`Russian Vladimir Putin`) is not taken for a title.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'president-elect', 'premier', 'minister', 'secretary', 'sen', 'senator', 'rep', 'representative',
  'gov', 'governor', 'mayor', 'judge', 'justice', 'officer', 'director', 'chair', 'chairman', 'chairwoman',
  'chairperson', 'superintendent', 'commissioner', 'ambassador', 'amb', 'envoy', 'general', 'gen', 'lieutenant', 'lt',
  'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'sergeant', 'sgt', 'admiral', 'adm', 'dr', 'mr', 'mrs', 'ms',
  'miss', 'prof', 'professor', 'rev', 'reverend', 'father', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh',
  'chancellor', 'speaker', 'leader', 'attorney', 'sheriff', 'coach', 'detective', 'det', 'inspector', 'councilman',
  'councilwoman', 'councilmember', 'councillor', 'councilor', 'spokesman', 'spokeswoman', 'spokesperson', 'ceo',
  'cfo', 'coo', 'cto', 'founder', 'co-founder', 'bishop', 'cardinal', 'rabbi', 'imam', 'congressman',
  'congresswoman', 'delegate', 'alderman', 'ald', 'trustee', 'principal', 'dean', 'provost', 'auditor',
  'comptroller', 'treasurer', 'clerk', 'counsel', 'prosecutor', 'adviser', 'advisor', 'member', 'manager', 'administrator',
  'executive', 'lawmaker', 'nominee', 'candidate', 'economist', 'analyst', 'official', 'del', 'activist', 'sens',
  'senators', 'reps', 'representatives', 'govs', 'gens', 'secretary-general', 'attorney-general', 'governor-general',
  'director-general', 'vice-president', 'vice-chair', 'vice-chairman', 'co-chair', 'ex-president', 'ex-minister',
]);

/** Party and movement words: stripped before a name like a title (`Libertarian Gary Johnson`), never a one-word name. */
export const PARTY_WORDS: ReadonlySet<string> = new Set([
  'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'libertarian', 'libertarians', 'green',
  'greens', 'independent', 'conservative', 'conservatives', 'liberal', 'liberals', 'labour', 'tory', 'tories',
  'progressive', 'progressives', 'socialist', 'communist', 'gop',
]);

/** Lower-case role nouns that can stand right before a name (`envoy Steve Witkoff`) or head an appositive (`a close Putin adviser`). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'envoy', 'adviser', 'advisor', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'minister',
  'secretary', 'president', 'vice president', 'director', 'executive', 'officer', 'chief', 'leader', 'negotiator',
  'diplomat', 'ambassador', 'lawmaker', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'judge',
  'justice', 'lawyer', 'attorney', 'analyst', 'economist', 'strategist', 'consultant', 'professor', 'researcher',
  'scientist', 'expert', 'fellow', 'coach', 'player', 'member', 'chair', 'chairman', 'chairwoman', 'founder', 'co-founder',
  'owner', 'ceo', 'cfo', 'manager', 'commander', 'general', 'colonel', 'sergeant', 'detective', 'investigator',
  'prosecutor', 'candidate', 'nominee', 'activist', 'organizer', 'pollster', 'reporter', 'journalist',
  'correspondent', 'editor', 'columnist', 'author', 'writer', 'son', 'daughter', 'wife', 'husband', 'son-in-law',
  'daughter-in-law', 'father-in-law', 'brother', 'sister', 'father', 'mother', 'friend', 'ally', 'rival', 'partner',
  'colleague', 'deputy', 'staffer', 'student', 'teacher', 'principal', 'superintendent', 'resident', 'neighbor',
  'neighbour', 'witness', 'victim', 'suspect', 'doctor', 'nurse', 'surgeon', 'physician', 'pastor', 'priest',
  'rabbi', 'imam', 'bishop', 'actor', 'actress', 'singer', 'musician', 'artist', 'star', 'striker', 'midfielder',
  'goalkeeper', 'defender', 'forward', 'quarterback', 'pitcher', 'captain', 'employee', 'worker', 'farmer',
  'historian', 'commissioner', 'sheriff', 'councilman', 'councilwoman', 'speaker', 'premier', 'chancellor', 'host',
  'anchor', 'producer', 'director', 'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'investor',
  'banker', 'donor', 'fundraiser', 'lobbyist', 'operative', 'confidant', 'loyalist', 'head', 'trustee', 'treasurer',
  'dean', 'provost', 'chairperson', 'representative', 'delegate', 'envoy', 'agency', 'news agency', 'company',
]);

/** Lower-case words that may stand between a role's start and its noun (`foreign policy adviser`, `close Putin adviser`). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'senior', 'top', 'chief', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'special', 'close',
  'longtime', 'long-time', 'veteran', 'foreign', 'policy', 'security', 'national', 'economic', 'defense', 'defence',
  'trade', 'press', 'communications', 'campaign', 'political', 'legal', 'military', 'executive', 'managing', 'vice',
  'general', 'state', 'federal', 'district', 'county', 'city', 'school', 'board', 'team', 'head', 'presidential',
  'informal', 'personal', 'regional', 'local', 'government', 'administration', 'white', 'house', 'finance',
  'financial', 'operating', 'technology', 'health', 'energy', 'intelligence', 'russian', 'ukrainian', 'american',
  'top-ranking', 'high-ranking', 'ranking', 'lead', 'principal', 'new', 'incoming', 'outgoing', 'current', 'then',
  'deputy', 'junior', 'family', 'business', 'real', 'estate', 'media', 'news', 'wire', 'election', 'house',
  'majority', 'minority', 'party', 'opposition', 'rights', 'human', 'civil', 'police', 'fire', 'public', 'private',
]);

/**
 * Descriptors that point back at a person named earlier (`the Ukrainian
 * leader`), mapped to the role words the person's draft role must contain.
 * Used only when exactly one actor fits (and its nationality, if the
 * descriptor gives one).
 */
export const PERSON_DESCRIPTORS: Readonly<Record<string, readonly string[]>> = {
  president: ['president'],
  'prime minister': ['prime minister', 'premier'],
  leader: ['president', 'prime minister', 'premier', 'chancellor', 'leader'],
  envoy: ['envoy', 'ambassador'],
  diplomat: ['envoy', 'ambassador', 'diplomat', 'foreign minister', 'secretary of state'],
  senator: ['senator', 'sen.'],
  governor: ['governor', 'gov.'],
  mayor: ['mayor'],
  coach: ['coach', 'manager'],
  superintendent: ['superintendent'],
  chancellor: ['chancellor'],
  'foreign minister': ['foreign minister'],
};

/** Nationality words that mean the same country in a role (`US envoy` is an `American envoy`). */
export const NATIONALITY_EQUIVALENTS: Readonly<Record<string, string>> = {
  us: 'us', 'u.s.': 'us', american: 'us', america: 'us', 'united states': 'us',
  uk: 'uk', 'u.k.': 'uk', british: 'uk', britain: 'uk',
  russian: 'russia', russia: 'russia', "russia's": 'russia', ukrainian: 'ukraine', ukraine: 'ukraine',
  "ukraine's": 'ukraine', chinese: 'china', china: 'china', french: 'france', france: 'france', german: 'germany',
  germany: 'germany', israeli: 'israel', israel: 'israel', iranian: 'iran', iran: 'iran', turkish: 'turkey',
  indian: 'india', japanese: 'japan', canadian: 'canada', mexican: 'mexico', palestinian: 'palestine',
};
