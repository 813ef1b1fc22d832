/** Profiles: parsing of the newsroom's profile files and the name index (pure: the server does the file I/O). */
export type { Profile, ProfileError, ProfileLookup, ProfileParseResult } from './types';
export { parseProfileFile } from './parse';
export { ProfileIndex } from './profileIndex';
export { matchProfile } from './match';
