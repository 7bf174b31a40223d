// Tone metric: labelled German and English comments, the VADER-style modifiers as ordered pairs, the word lists'
// format, and robustness on arbitrary strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeLanguages, detectLanguage } from '../../language';
import { SENTIMENT_DE } from '../../lexicons/de/sentiment';
import { SENTIMENT_EN } from '../../lexicons/en/sentiment';
import { SENTIMENT_EMOJI } from '../../lexicons/en/sentiment-emoji';
import { SENTIMENT_EN_EXTRA } from '../../lexicons/en/sentiment-extra';
import { tokenize } from '../../tokenize';
import type { RuleInput, ToneLabel } from '../../types';
import { scoreTone } from './index';

function input(text: string, langHint?: string): RuleInput {
  const tokens = tokenize(text);
  const lang = detectLanguage(text, tokens, langHint);
  return { text, tokens, lang, languages: activeLanguages(lang, tokens), context: { langHint, mode: 'item' } };
}
const tone = (text: string, hint?: string) => scoreTone(input(text, hint));

describe('scoreTone: English', () => {
  const cases: [string, ToneLabel][] = [
    ['I love this, it is great!', 'positive'],
    ['Thanks so much for the quick help, you guys rock :)', 'positive'],
    ['This is not good.', 'negative'],
    ['Not bad at all.', 'positive'],
    ['The service was terrible and slow', 'negative'],
    ['The food was good but the service was horrible', 'negative'],
    ['The service was horrible but the food was good', 'positive'],
    ['The package arrived on Tuesday.', 'neutral'],
    ['Being stuck in a queue for an hour is no fun', 'negative'],
    ['soooo goooood', 'positive'],
    ["Can't wait to try it", 'positive'],
    ['It could be better.', 'negative'],
    ['Worst purchase ever 😡', 'negative'],
    ['Still waiting for my order', 'negative'],
    ['Not only good but great', 'positive'],
    ['The update is laggy and buggy', 'negative'],
    ['@support see www.example.com/faq #update', 'neutral'],
  ];
  it.each(cases)('%s -> %s', (text, label) => {
    expect(tone(text, 'en').label).toBe(label);
  });
});

describe('scoreTone: German', () => {
  const cases: [string, ToneLabel][] = [
    ['Super Service, vielen Dank!', 'positive'],
    ['Das Essen war richtig lecker 😍', 'positive'],
    ['Tolles Produkt, kann ich nur empfehlen.', 'positive'],
    ['Mega geil, danke euch!', 'positive'],
    ['Kein Problem, gerne!', 'positive'],
    ['Nicht schlecht!', 'positive'],
    ['Ich finde das wirklich schoen', 'positive'],
    ['Danke fürs Folgen. Folge mir auch auf Facebook', 'positive'],
    ['Das gefällt mir leider gar nicht.', 'negative'],
    ['Das ist nicht gut.', 'negative'],
    ['Der Kundenservice ist eine absolute Katastrophe.', 'negative'],
    ['Leider total enttäuscht von der Lieferung.', 'negative'],
    ['Das war die schlechteste Bestellung, die ich je hatte', 'negative'],
    ['Scheißservice, nie wieder!', 'negative'],
    ['Ich warte seit zwei Wochen auf eine Antwort', 'negative'],
    ['Das Design ist schön, aber die Qualität ist mies.', 'negative'],
    ['Die Qualität ist mies, aber das Design ist schön.', 'positive'],
    ['Hut ab, Daumen hoch!', 'positive'],
    ['Totaler Kackservice hier', 'negative'],
    ['Überteuert und schlampig verarbeitet', 'negative'],
    ['Guten Tag, wann öffnet die Filiale?', 'neutral'],
    ['Funktioniert das auch mit dem iPhone?', 'neutral'],
    ['Liebe Grüße aus Berlin', 'neutral'],
    ['Die Lieferung kam am Dienstag.', 'neutral'],
    ['Wie finden Sie unser neues Produkt X?', 'neutral'],
    // German words that are English sentiment words: "Gift" is poison, "die" an article.
    ['Das ist Gift für die Haut', 'neutral'],
    // Mixed German and English: loanwords count in a German comment.
    ['Das neue Update ist echt nice', 'positive'],
    ['Die App ist ein totaler Fail', 'negative'],
  ];
  it.each(cases)('%s -> %s', (text, label) => {
    expect(tone(text, 'de').label).toBe(label);
  });
});

describe('scoreTone: modifiers move the score the right way', () => {
  // [weaker, stronger] in the direction of the sentiment; compared by absolute score.
  const pairs: [string, string, string][] = [
    ['good', 'very good', 'en'],
    ['this is good', 'this is GOOD', 'en'],
    ['good', 'good!!!', 'en'],
    ['kind of good', 'good', 'en'],
    ['bad', 'extremely bad', 'en'],
    ['gut', 'sehr gut', 'de'],
    ['schlecht', 'total schlecht', 'de'],
    ['gut', 'gut!!!', 'de'],
    ['eher gut', 'gut', 'de'],
    ['toll', 'mega toll', 'de'],
    ['das ist schön', 'das ist SCHÖN', 'de'],
  ];
  it.each(pairs)('|%s| < |%s| (%s)', (weaker, stronger, hint) => {
    expect(Math.abs(tone(weaker, hint).score)).toBeLessThan(Math.abs(tone(stronger, hint).score));
  });

  const flips: [string, string, string][] = [
    ['good', 'not good', 'en'],
    ['happy', "I'm not happy", 'en'],
    ['gut', 'nicht gut', 'de'],
    ['Das gefällt mir', 'Das gefällt mir nicht', 'de'],
    ['Das klappt super', 'Das klappt leider nicht', 'de'],
    ['ein gutes Angebot', 'kein gutes Angebot', 'de'],
  ];
  it.each(flips)('"%s" and "%s" have opposite signs (%s)', (plain, negated, hint) => {
    const a = tone(plain, hint).score;
    expect(a).not.toBe(0);
    expect(Math.sign(tone(negated, hint).score)).toBe(-Math.sign(a));
  });
});

describe('scoreTone: languages', () => {
  it('reads nothing in languages it has no lists for', () => {
    const text = 'Це просто чудовий сервіс, дуже дякую всім за допомогу сьогодні';
    const result = scoreTone({ ...input(text), languages: [], context: {} });
    expect(result).toEqual({ label: 'neutral', score: 0 });
  });

  it("falls back to the page's language when the detector names another one", () => {
    const result = scoreTone({
      ...input('awesome tell him I said congratulations'),
      languages: [],
      context: { langHint: 'en' },
    });
    expect(result.label).toBe('positive');
  });

  it('reads emoji and emoticons in both languages', () => {
    expect(tone('😍😍', 'de').label).toBe('positive');
    expect(tone('Na toll :(', 'de').score).toBeLessThan(tone('Na toll', 'de').score);
    expect(tone('nope :-)', 'en').label).toBe('positive');
  });
});

describe('word lists', () => {
  const lists: [string, string][] = [
    ['en/sentiment', SENTIMENT_EN],
    ['en/sentiment-extra', SENTIMENT_EN_EXTRA],
    ['en/sentiment-emoji', SENTIMENT_EMOJI],
    ['de/sentiment', SENTIMENT_DE],
  ];
  it.each(lists)('%s: sorted, unique, scores within -4..4', (_name, list) => {
    const lines = list.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(20);
    const keys = lines.map((l) => l.split(' ')[0] as string);
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const line of lines) {
      const score = Number(line.split(' ')[1]);
      expect(Number.isFinite(score) && Math.abs(score) <= 4, line).toBe(true);
    }
  });
});

describe('scoreTone: robustness', () => {
  const check = (text: string) => {
    const result = tone(text);
    expect(Number.isFinite(result.score)).toBe(true);
    expect(Math.abs(result.score)).toBeLessThanOrEqual(1);
    const expected = result.score >= 0.05 ? 'positive' : result.score <= -0.05 ? 'negative' : 'neutral';
    expect(result.label).toBe(expected);
  };

  it.each([
    '',
    ' ',
    '!!!!!!!!',
    '????',
    'NOT NOT NOT',
    'no no no no no',
    'aber aber aber',
    'ﻣﺮﺣﺒﺎ بالعالم 👋🏽',
    'zero\u200bwidth\u200d joiner\u200c',
    'e\u0301\u0301\u0301 combining',
    '👨‍👩‍👧‍👦🏳️‍🌈🇩🇪',
    ':):(:D;)<3',
    '&gt;&amp;&lt;',
  ])('%j stays finite and in range', (text) => check(text));

  it('handles a 1 MB comment', () => {
    const text = 'Super Service, aber leider kaputt!!! 😡 not good '.repeat(21_000);
    check(text);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => check(text)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'not',
            'nicht',
            'very',
            'sehr',
            'good',
            'gut',
            'but',
            'aber',
            '!',
            '?',
            ':)',
            '😡',
            'GREAT',
            ',',
          ),
          {
            maxLength: 40,
          },
        ),
        (words) => check(words.join(' ')),
      ),
      { numRuns: 300 },
    );
  });
});
