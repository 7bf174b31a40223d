// Language of a text: German and English by their function words (cheap, and tells mixed texts apart), a
// compact detector of the other languages the sites' users write most (function words and writing systems)
// for anything else that is long enough, and the caller's hint for short texts.
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

// Other languages the sites' users write most, by function words written for this project: frequent, short,
// and mostly their own. Shared forms ("de", "la", "que", "som", "det") count for every list that holds them;
// the language with most hits wins, its own letters (ñ, ã, ł, ş, å, ø...) break ties. Enough to keep the
// German and English word lists off French, Spanish... text; not a general language identifier.
const OTHER: readonly (readonly [Lang, ReadonlySet<string>])[] = (
  [
    [
      'fr',
      `le la les des du une est et pas que qui dans pour sur avec ce cette ces je tu il elle nous vous ils elles
      sont mais ou très aussi bien fait être plus tout tous toujours au aux son sa ses leur leurs mon ma mes ne
      jamais rien merci pourquoi parce comme c'est j'ai n'est qu'il d'un d'une depuis notre votre nos vos`,
    ],
    [
      'es',
      `el los las del una es y que en por con para pero muy más este esta estos estas como su sus mi mis yo él
      ella nosotros ellos son está están fue hay también todo todos nada siempre nunca gracias porque cuando
      donde ya lo al se le les desde hace nuestro nuestra`,
    ],
    [
      'it',
      `il lo la gli di del della dei che è non per con una sono ma anche molto questo questa come più nel nella
      alla sul io lui lei noi voi loro ti si ci ho hai ha abbiamo sempre niente perché quando dove grazie
      ancora già solo tutto tutti`,
    ],
    [
      'pt',
      `os as do da dos das um uma é não que em no na nos nas para com por mas muito mais este esta isso como seu
      sua eu você ele ela nós eles são está estão foi tem também tudo nada sempre nunca obrigado obrigada
      porque quando onde já ao aos pelo pela`,
    ],
    [
      'nl',
      `de het een en niet ik je jij wij zij van op voor met dat die dit zijn maar ook heel wel nog geen naar bij
      uit om als hoe waarom wat wie er te hebben heeft heb kan moet wordt worden bedankt altijd nooit niets
      onze jullie`,
    ],
    [
      'pl',
      `i w na z że nie to jest się do jak ale co tak czy jestem są był była mnie mi ja ty on ona my wy oni jego
      jej ich tylko już bardzo dla przez od po tym ten ta też może bo gdy kiedy dlaczego dziękuję zawsze
      nigdy nic wszystko`,
    ],
    [
      'tr',
      `ve bir bu da ile için ama çok daha ne var yok ben sen biz siz onlar gibi kadar değil mi mı mu mü şey
      her hiç neden çünkü teşekkürler ki sonra olan olarak`,
    ],
    [
      'sv',
      `och att det som en ett är inte jag du han hon vi ni med för på av till den har hade var men om så kan
      ska skulle måste också mycket bara nu här där när varför tack alltid aldrig ingenting allt något eller
      från mig`,
    ],
    [
      'da',
      `og at det som en et er ikke jeg du han hun vi med for på af til den har havde var men om så kan skal
      skulle også meget bare nu her der hvor hvorfor tak altid aldrig ingenting alt noget eller fra mig`,
    ],
    [
      'no',
      `og at det som en et er ikke jeg du han hun vi dere med for på av til den har hadde var men om så kan
      skal skulle også mye bare nå her der hvor hvorfor takk alltid aldri ingenting alt noe eller fra meg`,
    ],
  ] as const
).map(([lang, words]) => [lang, new Set(words.split(/\s+/))] as const);

/**
 * Forms that are also German or English words ("die", "er", "am", "man", "so", "see"...): they say nothing of
 * another language, since a German or English text that the lists above did not settle has plenty of them.
 */
const SHARED = new Set(
  `die er in an am um da nu ne so man was war hat will also me see on to a o i e as son over men ten ha ho per
  come ya yo ben van met dat w plus till bare mon solo`.split(/\s+/),
);

/** Letters that only some of those languages use: a tie between close languages goes to the one that has them. */
const MARKS: Record<string, RegExp> = {
  fr: /[èêëîôûùœç]/u,
  es: /[ñ¿¡]/u,
  it: /[ìò]/u,
  pt: /[ãõç]/u,
  pl: /[łśżźćńąę]/u,
  tr: /[şğı]/u,
  sv: /[åäö]/u,
  da: /[æøå]/u,
  no: /[æøå]/u,
};

/** Writing systems that name their language (Cyrillic: Russian unless Ukrainian letters show). */
const SCRIPTS: readonly (readonly [RegExp, Lang])[] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
];

/** The language of a text that German and English function words did not settle, or null when unclear. */
function detectOther(prose: string, tokens: readonly Token[], letters: number): Lang | null {
  const latin = prose.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin * 2 < letters) {
    // Mostly another script: the one with most letters names the language ('und' for scripts not listed).
    // Japanese mixes kana with Han (often more Han), so any kana makes Han text Japanese.
    let lang: Lang = 'und';
    let most = 0;
    for (const [script, code] of SCRIPTS) {
      const n = prose.match(script)?.length ?? 0;
      if (n > most) [lang, most] = [code, n];
    }
    if (lang === 'zh' && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(prose)) return 'ja';
    if (lang === 'ru' && /[іїєґ]/iu.test(prose)) return 'uk';
    return lang;
  }
  const scores = OTHER.map(([lang, words]) => {
    let n = 0;
    for (const t of tokens) {
      if (t.kind === 'word' && words.has(t.norm) && !SHARED.has(t.norm) && !DE.has(t.norm) && !EN.has(t.norm)) n++;
    }
    return { lang, n };
  });
  const best = Math.max(...scores.map((s) => s.n));
  // Umlauts and ß with no other language's words: German without its function words (headlines, insults).
  if (best < 2) return /[äöüß]/iu.test(prose) ? 'de' : null;
  const top = scores.filter((s) => s.n === best);
  const text = prose.toLowerCase();
  return (top.find((s) => MARKS[s.lang]?.test(text)) ?? top[0])?.lang ?? null;
}

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

/** The other-language detector needs some text to be right; below this many letters the hint decides. */
const OTHER_MIN_LETTERS = 40;
/** Below this many letters a German or English page hint outranks the other-language detector. */
const HINT_WINS_BELOW_LETTERS = 120;

/** The words of a text, joined, up to 2,048 characters (enough to tell a language). */
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
  // Only prose counts: the letters of links, @mentions and #hashtags say nothing of the language
  // ("youtube.com/watch?v=…"; short link-heavy English spam came out as Swedish or French with franc).
  const prose = proseOf(tokens);
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  // On short texts a detector guesses (English tweets came out as Swedish or Tagalog); the page knows better.
  if ((hint === 'de' || hint === 'en') && letters < HINT_WINS_BELOW_LETTERS) return hint;
  if (letters >= OTHER_MIN_LETTERS) {
    const other = detectOther(prose, tokens, letters);
    if (other) return other;
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
