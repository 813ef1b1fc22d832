/**
 * Profiles: the newsroom's own knowledge about people and organisations,
 * kept as YAML or JSON data files in the workspace (`.copydesk/profiles/`).
 * Data only: nothing in a profile is executed or fetched.
 */

/** One profile entry. */
export interface Profile {
  name: string;
  aliases: string[];
  title?: string;
  organization?: string;
  description?: string;
  /** Contact details as one line (`email: …, phone: …` when the file gives a map). */
  contact?: string;
  /** Links or notes on where the facts come from. */
  sources: string[];
  /** When the profile was last checked, as written (`2025-10-01`). */
  updated?: string;
  notes?: string;
  /** Date of birth as written: `1968-04-02` or a year (`1968`); ages in the draft are checked against it. */
  born?: string;
  /** The person's pronouns as the newsroom records them (`she/her`, `he/him`, `they/them`): used to resolve `she`/`he`. */
  pronouns?: string;
  /** The file the profile comes from (a URI in the server, a path in the CLI). */
  file: string;
  /** Zero-based line of the entry in its file. */
  line: number;
  /** Position of the entry in its file (0 for the first). */
  entry: number;
}

/** A problem in a profile file; `line` is zero-based. Warnings (unknown fields) do not drop the entry. */
export interface ProfileError {
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ProfileParseResult {
  profiles: Profile[];
  errors: ProfileError[];
}

/** What the analysis needs from a profile index: look a name up (case- and accent-insensitive). */
export interface ProfileLookup {
  /** The profile whose name or alias is `name`, or whose surname it is when only one profile has it; null otherwise. */
  lookup(name: string): Profile | null;
  /** Profiles whose name or an alias is spelled nearly like `name` (a small edit away) but not the same; optional. */
  similar?(name: string): Profile[];
  readonly size: number;
  /** Changes whenever the indexed profiles change (lets a consumer memoise results that read profiles). */
  readonly version?: number;
}
