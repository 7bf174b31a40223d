// Relative times as sites show them, German and English ("3 Std.", "vor 2 Tagen", "3h", "2d", "gestern",
// "just now"), turned into absolute ms. Sites show them instead of dates; the reply clock needs real times.

const UNIT_MS = {
  s: 1_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  mo: 30 * 86_400_000,
  y: 365 * 86_400_000,
} as const;

// Unit words and abbreviations in both languages, lower case, without trailing dots.
const UNITS: Record<string, keyof typeof UNIT_MS> = {
  s: 's',
  sec: 's',
  secs: 's',
  second: 's',
  seconds: 's',
  sek: 's',
  sekunde: 's',
  sekunden: 's',
  m: 'min',
  min: 'min',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  minuten: 'min',
  h: 'h',
  hr: 'h',
  hrs: 'h',
  hour: 'h',
  hours: 'h',
  std: 'h',
  stunde: 'h',
  stunden: 'h',
  d: 'd',
  day: 'd',
  days: 'd',
  t: 'd',
  tag: 'd',
  tage: 'd',
  tagen: 'd',
  w: 'w',
  wk: 'w',
  wks: 'w',
  week: 'w',
  weeks: 'w',
  wo: 'w',
  woche: 'w',
  wochen: 'w',
  mo: 'mo',
  mon: 'mo',
  month: 'mo',
  months: 'mo',
  mt: 'mo',
  monat: 'mo',
  monate: 'mo',
  monaten: 'mo',
  y: 'y',
  yr: 'y',
  yrs: 'y',
  year: 'y',
  years: 'y',
  j: 'y',
  jahr: 'y',
  jahre: 'y',
  jahren: 'y',
};

const NOW_WORDS = new Set(['now', 'just now', 'jetzt', 'gerade', 'gerade eben', 'soeben', 'eben']);
const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  ein: 1,
  eine: 1,
  einem: 1,
  einer: 1,
  einen: 1,
};

/**
 * Parses a relative time shown on a page. Returns ms since the epoch, or null when the text is not one.
 * Accepts "3h", "3 h", "3 Std.", "vor 3 Stunden", "3 hours ago", "an hour ago", "vor einer Stunde",
 * "gestern"/"yesterday", "now"/"gerade eben", with trailing "•" or "·" as LinkedIn and Facebook show them.
 */
export function parseRelativeTime(text: string, now: number): number | null {
  const clean = text
    .toLowerCase()
    .replace(/[•·]/g, ' ')
    .replace(/\b(vor|ago|edited|bearbeitet)\b/g, ' ')
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean === '') return null;
  if (NOW_WORDS.has(clean)) return now;
  if (clean === 'gestern' || clean === 'yesterday') return now - UNIT_MS.d;
  const m = /^(\d{1,4}|[a-z]+)\s?([a-zäöü]+)$/.exec(clean);
  if (!m) return null;
  const [, amountText = '', unitText = ''] = m;
  const amount = /^\d/.test(amountText) ? Number(amountText) : WORD_NUMBERS[amountText];
  const unit = UNITS[unitText];
  if (amount === undefined || unit === undefined) return null;
  return now - amount * UNIT_MS[unit];
}

/** An absolute time in ms from an ISO string, or null when it is not one. */
export function parseIsoTime(iso: string | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}
