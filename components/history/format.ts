// Dates and text snippets for the history page, in the UI language. Times come from storage, so none of these may
// throw: Intl and toISOString throw a RangeError on an invalid date, and that used to blank the whole page.
import { foldWord, WORD } from '../../lib/db/search-words';
import { translator, type UiLanguage } from '../../lib/i18n';
import { isPlausibleTime } from '../../lib/limits';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: UiLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', options);
    formats.set(key, f);
  }
  return f;
}

const unknownTime = (lang: UiLanguage) => translator(lang)('history.unknownTime');

/**
 * Whether a stored time is one a record can really have (lib/limits.ts: from 2004 to a day from now). Anything else,
 * such as 9e15 (past the end of Date), NaN or the year 40000, is a data error and shows as "unknown time".
 */
export const knownTime = (ms: unknown): ms is number => isPlausibleTime(ms, Date.now());

/** A stored time in words, or "unknown time". */
export const dateTime = (lang: UiLanguage, ms: number) =>
  knownTime(ms) ? format(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms) : unknownTime(lang);

/** A stored time for a <time datetime> attribute; undefined (no attribute) when it is not a known time. */
export const isoTime = (ms: number): string | undefined => (knownTime(ms) ? new Date(ms).toISOString() : undefined);

/** A date the user picked (a filter's bound, which may lie in the future), or "unknown time" if it is no date. */
export const pickedDate = (lang: UiLanguage, ms: number) =>
  Number.isNaN(new Date(ms).getTime())
    ? unknownTime(lang)
    : format(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

/** A chart's day (yyyy-mm-dd, local) as "5 Dec"; "unknown time" for anything that is not such a day. */
export const shortDay = (lang: UiLanguage, day: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
  return date && !Number.isNaN(date.getTime())
    ? format(lang, { day: 'numeric', month: 'short' }).format(date)
    : unknownTime(lang);
};

/** A date input's value (yyyy-mm-dd) as local start or end of that day; undefined when empty or invalid. */
export function dayBound(value: string, end: boolean): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  const date = end
    ? new Date(y as number, (m as number) - 1, d as number, 23, 59, 59, 999)
    : new Date(y as number, (m as number) - 1, d as number);
  return Number.isNaN(date.getTime()) ? undefined : date.getTime();
}

/** The first `max` characters on word boundaries, so a list row stays two lines. */
export function snippet(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Splits text into plain and matched parts: every word (by the search index's rule) that starts with a term is marked. */
export function markTerms(text: string, terms: string[]): { text: string; mark: boolean }[] {
  if (!terms.length) return [{ text, mark: false }];
  const parts: { text: string; mark: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = foldWord(match[0]);
    if (!terms.some((term) => word.startsWith(term))) continue;
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), mark: false });
    parts.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}
