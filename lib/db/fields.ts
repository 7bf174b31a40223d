// The fields history records are made of, as zod schemas bounded by lib/limits.ts. The background checks messages
// with them and the import file format is built from them, so what is saved and what re-imports cannot drift apart.

import { z } from 'zod';
import {
  COMMENT_CHARS,
  clip,
  DRAFT_STORED_CHARS,
  FINDING_ACTUAL_CHARS,
  FINDINGS_PER_DRAFT,
  ID_CHARS,
  isPlausibleTime,
  NAME_CHARS,
  ROOT_TEXT_CHARS,
  URL_CHARS,
  WATCHLIST_TERM_CHARS,
  WATCHLIST_TERMS,
} from '../limits';
import { SITE_IDS } from '../sites/registry';
import { isHttpsUrl } from './https-url';

// Extension pages and the service worker forbid eval (CSP): zod would try it first and log a violation each time.
z.config({ jitless: true });

/** Issue messages the import turns into its own problem kinds (lib/db/transfer/parse.ts). */
export const TIME_ISSUE = 'time';
export const URL_ISSUE = 'url';
export const LENGTH_ISSUE = 'length';

/** A key is `${site}:${id}`: an id at ID_CHARS plus the longest site id and the colon. */
export const KEY_CHARS = ID_CHARS + 1 + Math.max(...SITE_IDS.map((site) => site.length));

/**
 * A string of at most `max` UTF-16 units, as lib/limits.ts and `clip` count them. Not zod's `.max()`: since 4.6 it
 * counts code points, which lets a string of emoji through at twice the bound.
 */
export const upTo = (max: number) => z.string().refine((value) => value.length <= max, { message: LENGTH_ISSUE });

export const siteId = z.enum(SITE_IDS);
/** A site's own id of a thread or comment. */
export const siteItemId = upTo(ID_CHARS).min(1);
export const recordKey = upTo(KEY_CHARS).min(1);
/** An author's name or handle, a rule id, a category, a language tag. */
export const name = upTo(NAME_CHARS);
/** A time a record can really have (ms, 2004 to a day from now): checked against the clock when parsed. */
export const time = z.number().refine((value) => isPlausibleTime(value, Date.now()), { message: TIME_ISSUE });
/** Every address kept is https; whether it is on the right site is the background's check (it knows the sender). */
export const webUrl = upTo(URL_CHARS).refine(isHttpsUrl, { message: URL_ISSUE });
export const tone = z.enum(['positive', 'neutral', 'negative']);
export const toneScore = z.number().min(-1).max(1);
export const composer = z.enum(['comment', 'reply', 'post']);
export const outcome = z.enum(['clean', 'edited', 'anyway', 'abandoned']);
export const verdict = z.enum(['ok', 'caution', 'warn']);
export const severity = z.enum(['info', 'caution', 'warn']);

/**
 * How a record meets the caps on its free texts and lists: a message from a content script that exceeds one is
 * refused (the content script cuts before it sends), while an import cuts, so a file from before the caps still
 * comes in.
 */
export interface Caps {
  text(max: number): z.ZodType<string>;
  list<T>(item: z.ZodType<T>, max: number): z.ZodType<T[]>;
}
export const refuseOverCaps: Caps = {
  text: upTo,
  list: (item, max) => z.array(item).max(max),
};
export const cutToCaps: Caps = {
  text: (max) => z.string().transform((value) => clip(value, max)),
  list: (item, max) => z.array(item).transform((values) => values.slice(0, max)),
};

export const flags = (caps: Caps) =>
  z.object({
    hostile: z.boolean(),
    promotional: z.boolean(),
    complaint: z.boolean(),
    question: z.boolean(),
    watchlist: caps.list(caps.text(WATCHLIST_TERM_CHARS), WATCHLIST_TERMS),
  });

/** A thread as a content script reads it (without the site, which comes from the sender or the record). */
export const threadFields = (caps: Caps) => ({
  id: siteItemId,
  url: webUrl,
  rootText: caps.text(ROOT_TEXT_CHARS).optional(),
  rootAuthor: caps.text(NAME_CHARS).optional(),
});

/** A comment as a content script reads and analyses it: a batch item, and the core of an item record. */
export const itemFields = (caps: Caps) => ({
  id: siteItemId,
  parentId: upTo(ID_CHARS).nullable(),
  author: z.object({
    name: caps.text(NAME_CHARS),
    handle: caps.text(NAME_CHARS).optional(),
    profileUrl: webUrl.optional(),
  }),
  text: caps.text(COMMENT_CHARS),
  time: time.nullable(),
  permalink: webUrl.optional(),
  own: z.boolean(),
  tone,
  toneScore,
  flags: flags(caps),
  /** Set when the text was cut to COMMENT_CHARS. */
  truncated: z.literal(true).optional(),
});

export const finding = (caps: Caps) =>
  z.object({ ruleId: name, category: name, severity, actual: caps.text(FINDING_ACTUAL_CHARS).optional() });

/** A guarded submit, without where it belongs (site, thread), which message and file carry differently. */
export const draftFields = (caps: Caps) => ({
  at: time,
  url: webUrl,
  composer,
  outcome,
  verdict,
  findings: caps.list(finding(caps), FINDINGS_PER_DRAFT),
  text: caps.text(DRAFT_STORED_CHARS).optional(),
  /** The draft's whole length, also when its text was cut or not kept. */
  chars: z.number().int().nonnegative(),
  lang: name,
});

export { isHttpsUrl };
