// Times as the sites show them ("3 Std.", "il y a 3 h", "2 sem.", "ayer", "12. März um 14:05", "12 de março de 2026")
// in de, en, fr, es, it, pt, nl and pl, turned into ms. One word table per language; whatever is unknown or
// ambiguous across the tables is null ("first seen"), never a guess, and nothing is ever in the future.

type Unit = 's' | 'min' | 'h' | 'd' | 'w' | 'mo' | 'y';

const UNIT_MS: Record<Unit, number> = {
  s: 1_000,
  min: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  mo: 30 * 86_400_000,
  y: 365 * 86_400_000,
};

interface TimeWords {
  /** Unit words and abbreviations, lower case, without a trailing dot unless the dot decides (see "j."). */
  units: Partial<Record<Unit, string[]>>;
  /** Words around a relative time that carry no value: "ago" words and "edited" markers. */
  filler: string[];
  /** Words for 1, only taken when a filler word is present ("an hour ago", "vor einer Stunde"). */
  one: string[];
  now: string[];
  yesterday: string[];
  /** Month names, January first: full forms (all grammatical cases the sites print) and abbreviations. */
  months: string[][];
  /** Words between the parts of an absolute date and before its clock time ("de", "um", "a las"). */
  joiners: string[];
}

// Sources: CLDR short/narrow relative units as carried by scrapinghub/dateparser data/date_translation_data/*.py
// (fr 19104c6, es 1d37900, it 039ef39, pt/nl 24c1637, pl 120e512), the forms the brief lists from the live
// sites, and the German/English forms this file had (LinkedIn, Facebook, X captures in shared/captures).
// Decisions on ambiguous tokens (a token may mean one unit only across all tables; conflicts become null):
// * "m": minutes when glued to the number ("3m": X, Facebook and LinkedIn English; LinkedIn uses "mo" for
//   months), but months in es/fr CLDR ("1 m" = mes/mois) and minutes in it/pt dateparser data, so "3 m" with
//   a space is ambiguous and returns null (GLUED_ONLY below).
// * "j." (with the dot) is the German year ("1 J.", CLDR de short); "j" (no dot) is the French day ("2 j",
//   CLDR fr short, Facebook fr). A German "1 J" without its dot would read as a day: accepted risk.
// * "g" is the Italian day ("1 g", CLDR it); Polish "g" (hour in dateparser) is left out: the sites print "godz.".
// * "a" is the year in es/pt/it ("2 a"); as an amount "a" is English for 1 ("a day ago") and needs "ago".
// * Dutch years are "jr"/"jaar" (dateparser nl), not "j", which stays French.
const LANGS: Record<'de' | 'en' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl', TimeWords> = {
  de: {
    units: {
      s: ['sek', 'sekunde', 'sekunden'],
      min: ['minute', 'minuten'],
      h: ['std', 'stunde', 'stunden'],
      d: ['t', 'tg', 'tag', 'tage', 'tagen'],
      w: ['wo', 'woche', 'wochen'],
      mo: ['mon', 'mt', 'monat', 'monate', 'monaten'],
      y: ['j.', 'jahr', 'jahre', 'jahren'],
    },
    filler: ['vor', 'bearbeitet'],
    one: ['ein', 'eine', 'einem', 'einer', 'einen'],
    now: ['jetzt', 'gerade', 'gerade eben', 'soeben', 'eben'],
    yesterday: ['gestern'],
    months: [
      ['januar', 'jänner', 'jan'],
      ['februar', 'feb'],
      ['märz', 'mär', 'mrz'],
      ['april', 'apr'],
      ['mai'],
      ['juni', 'jun'],
      ['juli', 'jul'],
      ['august', 'aug'],
      ['september', 'sep', 'sept'],
      ['oktober', 'okt'],
      ['november', 'nov'],
      ['dezember', 'dez'],
    ],
    joiners: ['um', 'uhr'],
  },
  en: {
    units: {
      s: ['s', 'sec', 'secs', 'second', 'seconds'],
      min: ['m', 'min', 'mins', 'minute', 'minutes'],
      h: ['h', 'hr', 'hrs', 'hour', 'hours'],
      d: ['d', 'day', 'days'],
      w: ['w', 'wk', 'wks', 'week', 'weeks'],
      mo: ['mo', 'mos', 'month', 'months'],
      y: ['y', 'yr', 'yrs', 'year', 'years'],
    },
    filler: ['ago', 'edited'],
    one: ['a', 'an', 'one'],
    now: ['now', 'just now'],
    yesterday: ['yesterday'],
    months: [
      ['january', 'jan'],
      ['february', 'feb'],
      ['march', 'mar'],
      ['april', 'apr'],
      ['may'],
      ['june', 'jun'],
      ['july', 'jul'],
      ['august', 'aug'],
      ['september', 'sep', 'sept'],
      ['october', 'oct'],
      ['november', 'nov'],
      ['december', 'dec'],
    ],
    joiners: ['at', 'the', 'of'],
  },
  fr: {
    units: {
      s: ['seconde', 'secondes'],
      min: ['minute', 'minutes'],
      h: ['heure', 'heures'],
      d: ['j', 'jour', 'jours'],
      w: ['sem', 'semaine', 'semaines'],
      mo: ['mois'],
      y: ['an', 'ans', 'année', 'années'],
    },
    filler: ['il y a', 'modifié'],
    one: ['un', 'une'],
    now: ["à l'instant", "a l'instant", 'maintenant'],
    yesterday: ['hier'],
    months: [
      ['janvier', 'janv'],
      ['février', 'févr', 'fév'],
      ['mars'],
      ['avril', 'avr'],
      ['mai'],
      ['juin'],
      ['juillet', 'juil'],
      ['août'],
      ['septembre', 'sept'],
      ['octobre', 'oct'],
      ['novembre', 'nov'],
      ['décembre', 'déc'],
    ],
    joiners: ['à', 'le'],
  },
  es: {
    units: {
      s: ['segundo', 'segundos', 'seg'],
      min: ['minuto', 'minutos'],
      h: ['hora', 'horas'],
      d: ['día', 'días', 'dia', 'dias'],
      w: ['semana', 'semanas'],
      mo: ['mes', 'meses'],
      y: ['a', 'año', 'años'],
    },
    filler: ['hace', 'editado'],
    one: ['un', 'una'],
    now: ['ahora', 'ahora mismo', 'justo ahora'],
    yesterday: ['ayer'],
    months: [
      ['enero', 'ene'],
      ['febrero', 'feb'],
      ['marzo', 'mar'],
      ['abril', 'abr'],
      ['mayo', 'may'],
      ['junio', 'jun'],
      ['julio', 'jul'],
      ['agosto', 'ago'],
      ['septiembre', 'setiembre', 'sept', 'sep', 'set'],
      ['octubre', 'oct'],
      ['noviembre', 'nov'],
      ['diciembre', 'dic'],
    ],
    joiners: ['de', 'del', 'a', 'las', 'la'],
  },
  it: {
    units: {
      s: ['secondo', 'secondi'],
      min: ['minuto', 'minuti'],
      h: ['ora', 'ore'],
      d: ['g', 'gg', 'giorno', 'giorni'],
      w: ['sett', 'settimana', 'settimane'],
      mo: ['mese', 'mesi'],
      y: ['anno', 'anni'],
    },
    filler: ['fa', 'modificato'],
    one: ['un', 'una', 'uno'],
    now: ['adesso', 'proprio ora', 'in questo momento'],
    yesterday: ['ieri'],
    months: [
      ['gennaio', 'gen'],
      ['febbraio', 'feb'],
      ['marzo', 'mar'],
      ['aprile', 'apr'],
      ['maggio', 'mag'],
      ['giugno', 'giu'],
      ['luglio', 'lug'],
      ['agosto', 'ago'],
      ['settembre', 'set'],
      ['ottobre', 'ott'],
      ['novembre', 'nov'],
      ['dicembre', 'dic'],
    ],
    joiners: ['alle', 'ore', 'all'],
  },
  pt: {
    units: {
      s: ['segundo', 'segundos', 'seg'],
      min: ['minuto', 'minutos'],
      h: ['hora', 'horas'],
      d: ['dia', 'dias'],
      w: ['sem', 'semana', 'semanas'],
      mo: ['mês', 'meses'],
      y: ['ano', 'anos'],
    },
    filler: ['há', 'atrás', 'editado'],
    one: ['um', 'uma'],
    now: ['agora mesmo', 'agora há pouco', 'neste momento'],
    yesterday: ['ontem'],
    months: [
      ['janeiro', 'jan'],
      ['fevereiro', 'fev'],
      ['março', 'mar'],
      ['abril', 'abr'],
      ['maio', 'mai'],
      ['junho', 'jun'],
      ['julho', 'jul'],
      ['agosto', 'ago'],
      ['setembro', 'set'],
      ['outubro', 'out'],
      ['novembro', 'nov'],
      ['dezembro', 'dez'],
    ],
    joiners: ['de', 'às', 'as'],
  },
  nl: {
    units: {
      s: ['sec', 'seconde', 'seconden'],
      min: ['minuut', 'minuten'],
      h: ['u', 'uur'],
      d: ['dag', 'dagen'],
      w: ['week', 'weken'],
      mo: ['mnd', 'maand', 'maanden'],
      y: ['jr', 'jaar', 'jaren'],
    },
    filler: ['geleden', 'bewerkt'],
    one: ['een', 'één'],
    now: ['zojuist', 'zonet'],
    yesterday: ['gisteren'],
    months: [
      ['januari', 'jan'],
      ['februari', 'feb'],
      ['maart', 'mrt'],
      ['april', 'apr'],
      ['mei'],
      ['juni', 'jun'],
      ['juli', 'jul'],
      ['augustus', 'aug'],
      ['september', 'sep', 'sept'],
      ['oktober', 'okt'],
      ['november', 'nov'],
      ['december', 'dec'],
    ],
    joiners: ['om'],
  },
  pl: {
    units: {
      s: ['sek', 'sekunda', 'sekundy', 'sekund', 'sekundę'],
      min: ['minuta', 'minuty', 'minut', 'minutę'],
      h: ['godz', 'godzina', 'godziny', 'godzin', 'godzinę'],
      d: ['dz', 'dzień', 'dni', 'dnia'],
      w: ['tydz', 'tyg', 'tydzień', 'tygodnie', 'tygodni'],
      mo: ['mies', 'miesiąc', 'miesiące', 'miesięcy'],
      y: ['r', 'rok', 'lata', 'lat'],
    },
    filler: ['temu', 'edytowano'],
    one: ['jeden', 'jedna', 'jedną'],
    now: ['przed chwilą'],
    yesterday: ['wczoraj'],
    months: [
      ['stycznia', 'styczeń', 'sty'],
      ['lutego', 'luty', 'lut'],
      ['marca', 'marzec', 'mar'],
      ['kwietnia', 'kwiecień', 'kwi'],
      ['maja', 'maj'],
      ['czerwca', 'czerwiec', 'cze'],
      ['lipca', 'lipiec', 'lip'],
      ['sierpnia', 'sierpień', 'sie'],
      ['września', 'wrzesień', 'wrz'],
      ['października', 'październik', 'paź'],
      ['listopada', 'listopad', 'lis'],
      ['grudnia', 'grudzień', 'gru'],
    ],
    joiners: ['o', 'godz', 'r'],
  },
};

export const TIME_LANGUAGES = Object.keys(LANGS) as (keyof typeof LANGS)[];

/** Tokens that are a unit only when glued to the number ("3m" = minutes, "3 m" = minutes or months). */
const GLUED_ONLY = new Set(['m']);

/** Lower case, one space, apostrophes and bullets as spaces: the form both texts and table words are compared in. */
const norm = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[•·'’()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Every word of one kind over all languages; a word with two different meanings is dropped (ambiguous). */
function merged<T>(entries: (w: TimeWords) => [string, T][]): Map<string, T> {
  const map = new Map<string, T>();
  const clash = new Set<string>();
  for (const words of Object.values(LANGS)) {
    for (const [word, value] of entries(words)) {
      const key = norm(word);
      if (map.has(key) && map.get(key) !== value) clash.add(key);
      map.set(key, value);
    }
  }
  for (const key of clash) map.delete(key);
  return map;
}

const UNITS = merged<Unit>((w) =>
  Object.entries(w.units).flatMap(([u, list]) => list.map((s): [string, Unit] => [s, u as Unit])),
);
const MONTHS = merged<number>((w) => w.months.flatMap((forms, i) => forms.map((s): [string, number] => [s, i])));
const ONE = new Set(Object.values(LANGS).flatMap((w) => w.one.map(norm)));
const NOW = new Set(Object.values(LANGS).flatMap((w) => w.now.map(norm)));
const YESTERDAY = new Set(Object.values(LANGS).flatMap((w) => w.yesterday.map(norm)));
const JOINERS = new Set(Object.values(LANGS).flatMap((w) => w.joiners.map(norm)));
const phrases = (words: string[]) => {
  const list = [...new Set(words.map(norm))].sort((a, b) => b.length - a.length);
  return new RegExp(`(^|\\s)(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=\\s|$)`, 'gu');
};
const FILLER = phrases(Object.values(LANGS).flatMap((w) => w.filler));

/** The unit a token names: with its dot first ("j."), then without it; null when unknown or ambiguous. */
function unitOf(token: string, glued: boolean): Unit | null {
  const bare = token.replace(/\.$/, '');
  if (!glued && GLUED_ONLY.has(bare)) return null;
  return UNITS.get(token) ?? UNITS.get(bare) ?? null;
}

/**
 * Parses a relative time shown on a page. Returns ms since the epoch, or null when the text is not one.
 * Accepts "3h", "3 Std.", "vor 3 Stunden", "il y a 3 h", "hace 2 h", "há 2 dias", "2 sett. fa", "3 u geleden",
 * "3 godz. temu", "an hour ago", "ayer"/"gestern", "Just now"/"Przed chwilą", with "•" and "Edited" around them.
 */
export function parseRelativeTime(text: string, now: number): number | null {
  const clean = norm(text);
  if (clean === '') return null;
  if (NOW.has(clean)) return now;
  if (YESTERDAY.has(clean)) return now - UNIT_MS.d;
  const stripped = clean.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  const hadFiller = stripped !== clean;
  if (stripped === '') return null;
  if (NOW.has(stripped)) return now;
  const m = /^(?:(\d{1,4})(\s?)|(\p{L}+)\s)?(\p{L}+\.?)$/u.exec(stripped);
  if (!m) return null;
  const [, digits, space, word, unitText = ''] = m;
  const amountText = digits ?? word;
  const unit = unitOf(unitText, digits !== undefined && space === '');
  if (!unit) return null;
  // A number word ("an", "eine", "un") or a bare unit ("godzinę temu") counts as 1 only beside an "ago" word,
  // so names and labels ("Una H.", "Rok") never read as times.
  let amount: number;
  if (amountText === undefined) amount = hadFiller && unitText.length > 2 ? 1 : Number.NaN;
  else if (/^\d/.test(amountText)) amount = Number(amountText);
  else amount = hadFiller && ONE.has(amountText) ? 1 : Number.NaN;
  if (!Number.isFinite(amount)) return null;
  return now - amount * UNIT_MS[unit];
}

/**
 * Parses an absolute date as the sites print it, in local time: "12 March 2026", "March 12, 2026 at 2:05 PM",
 * "12. März um 14:05", "12 mars 2026 à 14:05", "12 de marzo de 2026", "12 de mar.", "12 maart 2026 om 14:05",
 * "12 marca 2026 o 14:05", "Yesterday at 14:05", "12.03.2026". Without a year: the latest such date not after
 * `now`. Null for anything else and for dates in the future.
 */
export function parseAbsoluteTime(text: string, now: number): number | null {
  let s = text.normalize('NFC').toLowerCase().replace(/[•·]/g, ' ').trim();
  s = s.replace(/^\p{L}+(?:-\p{L}+)?,\s*/u, ''); // a leading weekday: "Dienstag, ", "terça-feira, "
  let hour = 0;
  let minute = 0;
  const clock = /(?:^|\s)(\d{1,2})\s?(?::|h)\s?(\d{2})(?:\s?([ap])\.?\s?m\.?)?(?=\s|$|,)/u.exec(s);
  if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2]);
    if (clock[3]) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (clock[3] === 'p' ? 12 : 0);
    }
    if (hour > 23 || minute > 59) return null;
    s = s.slice(0, clock.index) + s.slice(clock.index + clock[0].length);
  }
  const tokens = norm(s.replace(/,/g, ' '))
    .split(' ')
    .filter((t) => t !== '' && !JOINERS.has(t.replace(/\.$/, '')));
  const today = new Date(now);
  if (clock && tokens.length === 1 && YESTERDAY.has(tokens[0] ?? '')) {
    const at = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1, hour, minute).getTime();
    return at <= now ? at : null;
  }
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  for (const token of tokens) {
    const numeric = /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})$/.exec(token) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(token);
    const word = token.replace(/\.$/, '');
    if (numeric) {
      if (day !== undefined || month !== undefined || year !== undefined) return null;
      const iso = (numeric[1] ?? '').length === 4;
      [day, month, year] = (iso ? [numeric[3], numeric[2], numeric[1]] : numeric.slice(1, 4)).map(Number);
      month = (month ?? 0) - 1;
    } else if (/^\d{4}$/.test(word) && year === undefined) year = Number(word);
    else if (/^\d{1,2}(?:er|e|º|ª|st|nd|rd|th)?$/u.test(word) && day === undefined) day = Number.parseInt(word, 10);
    else if (MONTHS.has(word) && month === undefined) month = MONTHS.get(word);
    else return null;
  }
  if (day === undefined || month === undefined || day < 1 || month < 0 || month > 11) return null;
  const at = (y: number) => {
    const date = new Date(y, month as number, day, hour, minute);
    return date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
  };
  if (year !== undefined) {
    const ms = at(year);
    return ms !== null && ms <= now ? ms : null;
  }
  for (let y = today.getFullYear(); y >= today.getFullYear() - 4; y--) {
    const ms = at(y); // 29 February looks back up to four years for a leap year
    if (ms !== null && ms <= now) return ms;
  }
  return null;
}

/** A time shown on a page, relative or absolute (see both parsers), or null. */
export function parseShownTime(text: string, now: number): number | null {
  return parseRelativeTime(text, now) ?? parseAbsoluteTime(text, now);
}

/** An absolute time in ms from an ISO string, or null when it is not one. */
export function parseIsoTime(iso: string | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}
