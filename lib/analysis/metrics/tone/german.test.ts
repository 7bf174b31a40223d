// German tone handling on real comment sentences: negation scope, compounds and word forms, intensifiers and
// dampeners, social-media forms, laughter and irony, questions, nouns and look-alikes, long texts; and the shape
// of the German word lists.
import { describe, expect, it } from 'vitest';
import { activeLanguages, detectLanguage } from '../../language';
import { NOT_SENTIMENT_DE, SENTIMENT_DE } from '../../lexicons/de/sentiment';
import { INTENSIFYING_PREFIXES_DE, PREFIXES_DE, TAILS_DE } from '../../lexicons/de/sentiment-compounds';
import { ELONGATED_DE, IDIOMS_DE, NEGATED_ONLY_DE, NEGATION_PHRASES_DE } from '../../lexicons/de/sentiment-modifiers';
import { tokenize } from '../../tokenize';
import type { RuleInput, ToneLabel } from '../../types';
import { lookupGermanForms } from './german-forms';
import { scoreTone } from './index';

function input(text: string): RuleInput {
  const tokens = tokenize(text);
  const lang = detectLanguage(text, tokens, 'de');
  return { text, tokens, lang, languages: activeLanguages(lang, tokens), context: { langHint: 'de', mode: 'item' } };
}
const tone = (text: string) => scoreTone(input(text));

function labels(cases: [string, ToneLabel][]): void {
  it.each(cases)('%s -> %s', (text, label) => {
    expect(tone(text).label).toBe(label);
  });
}

describe('German negation scope', () => {
  labels([
    ['Das Essen war nicht wirklich gut.', 'negative'],
    ['Das war kein guter Service.', 'negative'],
    ['Gar nicht schlecht für den Preis.', 'positive'],
    ['Ich bin alles andere als zufrieden.', 'negative'],
    ['Von wegen pünktlich, wieder 20 Minuten Verspätung.', 'negative'],
    ['Das gefällt mir leider überhaupt nicht.', 'negative'],
    ['Schön und nicht teuer.', 'positive'],
    // Words that judge only when negated: a failure, not a fact.
    ['Die App funktioniert seit Tagen nicht.', 'negative'],
    ['Keine Antwort, kein Rückruf, nichts.', 'negative'],
    ['Niemand meldet sich.', 'negative'],
    ['Die Hotline ist nicht erreichbar.', 'negative'],
    ['Die Hotline ist werktags erreichbar.', 'neutral'],
    ['Das bringt nix.', 'negative'],
    // "ohne" takes the trouble word, not the fact after it.
    ['Alles ohne Probleme geliefert.', 'positive'],
    // A fix ends the trouble named before it; an undone fix does not.
    ['Danke, das Problem war schnell gelöst.', 'positive'],
    ['Das Problem ist immer noch nicht gelöst.', 'negative'],
  ]);

  it('a trailing "nicht" negates the verb, not a capitalised noun before it', () => {
    expect(tone('Die Zeitung schreibt nicht über den Skandal.').label).toBe('negative');
  });

  it('"nicht nur ... sondern auch" negates nothing', () => {
    expect(tone('Nicht nur schnell, sondern auch freundlich.').label).toBe('positive');
  });
});

describe('German compounds and word forms', () => {
  labels([
    ['Katastrophenservice hier.', 'negative'],
    ['Was für ein Hammerangebot!', 'positive'],
    ['So ein Mistladen.', 'negative'],
    ['Scheiß-Service.', 'negative'],
    ['Top-Angebot, sofort zugeschlagen.', 'positive'],
    ['Das Lieferchaos nervt.', 'negative'],
    ['Wieder ein Zugausfall.', 'negative'],
    ['Die Vorfreude ist riesig.', 'positive'],
    ['Sauteuer und schmeckt nach nichts.', 'negative'],
    ['Supergünstig, da kann man nicht meckern.', 'positive'],
    ['Superteuer für so wenig.', 'negative'],
    ['Der Film war stinklangweilig.', 'negative'],
    ['Unbequeme Sitze und laute Musik.', 'negative'],
    ['Das war die dümmste Entscheidung seit Langem.', 'negative'],
    ['Hab mich tierisch geärgert.', 'negative'],
    ['Bin total genervt.', 'negative'],
    // Look-alikes: a candidate, a shop, a name, classes, sending.
    ['Der Spitzenkandidat stellte das Programm vor.', 'neutral'],
    ['Wir kaufen im Supermarkt ein.', 'neutral'],
    ['Frau Müller hat angerufen.', 'neutral'],
    ['Ich schicke die Unterlagen morgen.', 'neutral'],
    ['Die Klassen fahren am Montag ins Museum.', 'neutral'],
  ]);

  it('an intensifying prefix strengthens the word it joins, in its direction', () => {
    expect(lookupGermanForms('sauteuer')).toBeLessThan(lookupGermanForms('teure') ?? 0);
    expect(lookupGermanForms('supergünstige')).toBeGreaterThan(lookupGermanForms('günstige') ?? 0);
  });

  it('remembers forms: the same answer twice', () => {
    expect(lookupGermanForms('katastrophenservice')).toBe(lookupGermanForms('katastrophenservice'));
    expect(lookupGermanForms('bahnhofsvorplatz')).toBeUndefined();
  });
});

describe('German intensifiers and dampeners move the score', () => {
  const pairs: [string, string][] = [
    ['Die Jacke ist gut.', 'Die Jacke ist voll gut.'],
    ['Die Jacke ist gut.', 'Die Jacke ist mega gut.'],
    ['Gut.', 'Echt gut.'],
    ['Teuer.', 'Total teuer.'],
    ['Teuer.', 'Ziemlich teuer.'],
    ['Etwas teuer.', 'Teuer.'],
    ['Vllt etwas teuer.', 'Etwas teuer.'],
    ['Eher enttäuschend.', 'Enttäuschend.'],
    ['Super.', 'Suuuper.'],
    ['Enttäuscht.', 'Tief enttäuscht.'],
  ];
  it.each(pairs)('|%s| < |%s|', (weaker, stronger) => {
    expect(Math.abs(tone(weaker).score)).toBeLessThan(Math.abs(tone(stronger).score));
  });

  labels([
    ['Furchtbar nett von euch.', 'positive'],
    ['Ganz schön frech.', 'negative'],
    ['Brutal gut, der neue Song.', 'positive'],
  ]);
});

describe('German social-media forms', () => {
  labels([
    ['Suuuper, danke!', 'positive'],
    ['Neeein, schon wieder verschoben?!', 'negative'],
    ['Voll geil.', 'positive'],
    ['Echt mies.', 'negative'],
    ['Lame, die Aktion.', 'negative'],
    ['Nervig, diese Werbung.', 'negative'],
    ['Top!', 'positive'],
    ['Kompletter Flop.', 'negative'],
    ['lol', 'positive'],
    ['OMG wie süß', 'positive'],
    ['wtf, warum wurde mein Konto gesperrt', 'negative'],
    ['xD der Spot ist so witzig', 'positive'],
    ['mMn total überteuert', 'negative'],
    ['Das neue Design ist echt nice', 'positive'],
    ['Cringe, das Video.', 'negative'],
    ['Epic Fail.', 'negative'],
    ['Hdl ❤', 'positive'],
  ]);
});

describe('German laughter and irony', () => {
  labels([
    // Laughter follows the words: mockery in a complaint, delight in praise, joy alone.
    ['Wieder 40 Minuten zu spät 😂😂', 'negative'],
    ['Der Spot ist so witzig 😂', 'positive'],
    ['😂😂😂', 'positive'],
    // Irony markers and ironic openings say the opposite of their praise.
    ['Toller Service 🙄', 'negative'],
    ['Super, der Zug fällt schon wieder aus.', 'negative'],
    ['Super, danke!', 'positive'],
    ['Na toll, jetzt ist es ganz kaputt.', 'negative'],
    ['Herzlichen Dank für nichts.', 'negative'],
  ]);
});

describe('German questions, addresses and loanwords', () => {
  labels([
    // Praise in a question is asked for; a complaint in a question is rhetorical.
    ['Gibt es eine günstige Verbindung nach Köln?', 'neutral'],
    ['Welcher Tarif ist der beste?', 'neutral'],
    ['Warum ist der Zug schon wieder zu spät?', 'negative'],
    ['Danke, wann liefert ihr?', 'neutral'],
    // An address is not love; "ich liebe" is.
    ['Liebe Leute, am Montag bleibt die Filiale zu.', 'neutral'],
    ['Ich liebe euch!', 'positive'],
    // German words and loanwords that English lists judge.
    ['Die Kinder singen ein Lied.', 'neutral'],
    ['Der Support meldet sich morgen.', 'neutral'],
    ['Ich fahre zweiter Klasse.', 'neutral'],
    ['Beste Grüße aus Hamburg', 'neutral'],
    ['Schönen Tag noch!', 'neutral'],
  ]);
});

describe('German long texts', () => {
  it('one praising sentence in a long report (40 words or more) weighs less than the sentence alone', () => {
    const praise = 'Das Team hat den Wettbewerb gewonnen.';
    const report = [
      'Der Stadtrat tagte am Dienstag im großen Saal des Rathauses.',
      'Auf der Tagesordnung standen der Haushalt für das kommende Jahr und der neue Bebauungsplan für das Viertel.',
      praise,
      'Die Sitzung dauerte bis 22 Uhr und war öffentlich.',
      'Die nächste Sitzung ist für Mitte März geplant.',
      'Die Protokolle erscheinen wie immer online auf der Seite der Stadt.',
    ].join(' ');
    expect(tone(report).score).toBeGreaterThan(0);
    expect(tone(report).score).toBeLessThan(tone(praise).score / 2);
  });
});

describe('German word lists', () => {
  const scored = (list: string) =>
    list
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' '));
  const sorted = (keys: string[]) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const german = new Set(scored(SENTIMENT_DE).map(([w]) => w as string));

  it.each([
    ['NEGATED_ONLY_DE', NEGATED_ONLY_DE],
    ['ELONGATED_DE', ELONGATED_DE],
    ['PREFIXES_DE', PREFIXES_DE],
  ])('%s: sorted, unique, scores within -4..4', (_name, list) => {
    const lines = scored(list);
    const keys = lines.map(([w]) => w as string);
    expect(keys).toEqual(sorted(keys));
    expect(new Set(keys).size).toBe(keys.length);
    for (const [, score] of lines) expect(Math.abs(Number(score))).toBeLessThanOrEqual(4);
  });

  it('IDIOMS_DE: sorted, unique phrases of two or more words with a score', () => {
    const lines = IDIOMS_DE.split('\n');
    expect(lines).toEqual(sorted(lines));
    expect(new Set(lines).size).toBe(lines.length);
    for (const line of lines) {
      const parts = line.split(' ');
      expect(parts.length, line).toBeGreaterThanOrEqual(3);
      expect(Number.isFinite(Number(parts[parts.length - 1])), line).toBe(true);
    }
  });

  it('NEGATION_PHRASES_DE: phrases of two or more words', () => {
    for (const line of NEGATION_PHRASES_DE.split('\n')) expect(line.split(' ').length, line).toBeGreaterThan(1);
  });

  it('every compound tail is a listed word; look-alikes are not listed', () => {
    for (const tail of TAILS_DE.split(/\s+/)) expect(german.has(tail), tail).toBe(true);
    for (const word of NOT_SENTIMENT_DE.split(/\s+/)) expect(german.has(word), word).toBe(false);
    expect(INTENSIFYING_PREFIXES_DE.split(/\s+/).length).toBeGreaterThan(10);
  });
});
