// Every size and time bound Listen First keeps, in one place: the content scripts cut and flag by them, the
// background refuses what exceeds them, and the export and import use the same numbers, so every export re-imports.

/** Characters of one comment that are analysed and stored; a longer comment is cut here and flagged truncated. */
export const COMMENT_CHARS = 10_000;
/** Characters of a thread's root post that are stored (the brief and the history show its start). */
export const ROOT_TEXT_CHARS = 500;
/** Characters of a draft that are analysed: a 1 MB paste cannot freeze the page; the card says so. */
export const DRAFT_ANALYSED_CHARS = 20_000;
/** Characters of a draft that are stored: history is for reports, not an archive of essays. */
export const DRAFT_STORED_CHARS = 10_000;
/** Findings stored per draft (the card shows all of them; the history keeps the first ones). */
export const FINDINGS_PER_DRAFT = 100;
/** Characters of a finding's flagged words that are stored. */
export const FINDING_ACTUAL_CHARS = 500;
/** Items in one history batch: a content script sends a long first read in several batches. */
export const ITEMS_PER_BATCH = 500;
/**
 * Characters of comment text a content script puts in one batch (a sending policy, not a bound the background
 * checks): copying a message costs the page's thread time, so a batch of long comments goes in smaller messages.
 */
export const BATCH_TEXT_CHARS = 400_000;
/** Characters of any URL kept (thread, permalink, profile, draft page). */
export const URL_CHARS = 2_048;
/** Characters of a site's ids (thread, item, parent); a key `${site}:${id}` adds the site (lib/db/fields.ts KEY_CHARS). */
export const ID_CHARS = 500;
/** Characters of an author's name or handle, a rule id, a category, a language tag. */
export const NAME_CHARS = 500;
/** Watchlist terms an item can carry (as matched), and the characters of each. */
export const WATCHLIST_TERMS = 200;
export const WATCHLIST_TERM_CHARS = 500;
/** Characters a draft may have for the copy-paste comparison in the background (the rule reads no more). */
export const REPEAT_CHECK_CHARS = 5_000;

/** No site in this history is older than this: Facebook opened in February 2004. */
export const EARLIEST_TIME = Date.UTC(2004, 0, 1);
/** Clocks drift and time zones differ; nothing real is more than a day ahead of this machine. */
export const FUTURE_SLACK_MS = 86_400_000;

/** Whether `value` is a time a record can really have: whole ms from 2004 to a day after `now`. */
export function isPlausibleTime(value: unknown, now: number): value is number {
  return (
    Number.isSafeInteger(value) && (value as number) >= EARLIEST_TIME && (value as number) <= now + FUTURE_SLACK_MS
  );
}

/** The start of a text, at most `max` UTF-16 units, never ending inside a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  // A high surrogate at the end would leave half a character, which IndexedDB keeps but JSON export escapes oddly.
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
