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
  'trustee', 'principal', 'dean', 'provost', 'auditor', 'comptroller', 'controller', 'treasurer', 'clerk',
  'counsel', 'prosecutor', 'district', 'county', 'city', 'regional', 'ukrainian', 'russian', 'american', 'british',
  'french', 'german', 'chinese', 'israeli', 'official', 'striker', 'midfielder', 'goalkeeper', 'forward',
  'defender', 'quarterback', 'pitcher', 'player', 'owner', 'partner', 'economist', 'professor', 'researcher',
]);
