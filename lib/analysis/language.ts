// Language of a text: German and English by their function words (cheap, and tells mixed texts apart),
// franc-min for anything else that is long enough, and the caller's hint for short texts.
import { franc } from 'franc-min';
import type { Lang, Token } from './types';

// Function words that are frequent in one language and absent (or rare) in the other. Ambiguous forms
// such as "in", "an", "was", "so", "also", "will", "see", "die", "man", "am", "war", "bin", "hat", "me" are
// left out on purpose.
const DE = new Set(
  `der das und ist nicht ich du sie wir ihr es ein eine einen einem einer dem den des mit auf für von zu im auch
  sich aber wie wenn noch nur schon bei doch mal hier jetzt sehr euch uns mein meine dein deine sein seine kein
  keine habe haben bin sind wird werden kann können muss dass oder als über nach vom zum zur beim diese dieser
  dieses ja nein danke bitte gibt mir mich dir dich ihm ihnen unser unsere euer eure einfach gerne immer warum
  weil wer wo gut heute leider ganz nichts etwas viel viele mehr wieder dann denn gegen ohne unter zwischen
  sondern wirklich schön`.split(/\s+/),
);
const EN = new Set(
  `the and is are was were be been to of that this it you we they he she not no yes with for on at by from but or
  if what how why when who which my your our their his her its have has had do does did don't can't won't
  didn't isn't i'm it's that's can would should could just very about there here than then them us
  all get got really thanks thank please love great good some any more out up because know think want
  new time people been make like`.split(/\s+/),
);

// ISO 639-3 (franc) to ISO 639-1; languages without a two-letter code report 'und'.
const ISO1: Record<string, string> = {
  spa: 'es',
  eng: 'en',
  por: 'pt',
  ind: 'id',
  fra: 'fr',
  deu: 'de',
  jav: 'jv',
  vie: 'vi',
  ita: 'it',
  tur: 'tr',
  pol: 'pl',
  swh: 'sw',
  sun: 'su',
  ron: 'ro',
  hau: 'ha',
  fuv: 'ff',
  bos: 'bs',
  hrv: 'hr',
  nld: 'nl',
  srp: 'sr',
  ckb: 'ku',
  yor: 'yo',
  uzn: 'uz',
  zlm: 'ms',
  ibo: 'ig',
  tgl: 'tl',
  hun: 'hu',
  azj: 'az',
  ces: 'cs',
  run: 'rn',
  plt: 'mg',
  nya: 'ny',
  kin: 'rw',
  zul: 'zu',
  swe: 'sv',
  lin: 'ln',
  som: 'so',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  kaz: 'kk',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  pbu: 'ps',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  ell: 'el',
  heb: 'he',
  tha: 'th',
  kat: 'ka',
  hye: 'hy',
  ben: 'bn',
  tam: 'ta',
  tel: 'te',
  kan: 'kn',
  mal: 'ml',
  guj: 'gu',
  pan: 'pa',
  ori: 'or',
  sin: 'si',
  mya: 'my',
  khm: 'km',
  lao: 'lo',
  amh: 'am',
  tir: 'ti',
  bod: 'bo',
  div: 'dv',
  iii: 'ii',
  yue: 'zh',
};

export interface LanguageCounts {
  de: number;
  en: number;
}

export function countFunctionWords(tokens: readonly Token[]): LanguageCounts {
  let de = 0;
  let en = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (DE.has(t.norm)) de++;
    else if (EN.has(t.norm)) en++;
  }
  return { de, en };
}

function normalizeHint(hint: string | undefined): Lang | null {
  if (!hint) return null;
  const code = hint.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2}$/.test(code) ? code : null;
}

/** franc needs some text to be right; below this many letters the hint decides. */
const FRANC_MIN_LETTERS = 40;
/** Below this many letters a German or English page hint outranks franc. */
const HINT_WINS_BELOW_LETTERS = 120;

/** The words of a text, joined, up to the 2,048 characters franc reads anyway. */
function proseOf(tokens: readonly Token[]): string {
  let prose = '';
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    prose += prose ? ` ${t.text}` : t.text;
    if (prose.length >= 2048) break;
  }
  return prose.slice(0, 2048);
}

export function detectLanguage(
  _text: string,
  tokens: readonly Token[],
  langHint?: string,
  counts: LanguageCounts = countFunctionWords(tokens),
): Lang {
  const { de, en } = counts;
  const hint = normalizeHint(langHint);
  if (de + en >= 2) {
    if (de >= en * 1.5) return 'de';
    if (en >= de * 1.5) return 'en';
    // Mixed German and English in similar measure: the page's language is the better tie-breaker.
    if (hint === 'de' || hint === 'en') return hint;
    return de >= en ? 'de' : 'en';
  }
  // Only prose counts: the letters of links, @mentions and #hashtags would make franc guess a language
  // from "youtube.com/watch?v=…" (short link-heavy English spam came out as Swedish or French).
  const prose = proseOf(tokens);
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  // On short texts franc guesses (English tweets came out as Swedish or Tagalog); the page knows better.
  if ((hint === 'de' || hint === 'en') && letters < HINT_WINS_BELOW_LETTERS) return hint;
  if (letters >= FRANC_MIN_LETTERS) {
    const code = franc(prose, { minLength: FRANC_MIN_LETTERS });
    if (code !== 'und') return ISO1[code] ?? 'und';
  }
  // One function word is weak evidence: the page's language outweighs it.
  if (hint === 'de' || hint === 'en') return hint;
  if (de + en === 1) return de ? 'de' : 'en';
  return hint ?? 'und';
}

/**
 * Which languages' word lists to apply. Mixed posts are normal, so the other of German/English joins when
 * it shows at least two of its function words; an undetermined text gets both; other languages get neither.
 */
export function activeLanguages(
  lang: Lang,
  tokens: readonly Token[],
  counts: LanguageCounts = countFunctionWords(tokens),
): ('de' | 'en')[] {
  if (lang === 'und') return ['de', 'en'];
  if (lang !== 'de' && lang !== 'en') return [];
  const other = lang === 'de' ? 'en' : 'de';
  return counts[other] >= 2 ? [lang, other] : [lang];
}
