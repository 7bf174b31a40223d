// Tests for the promotional score: how findings combine through analyze(), the seed articles' examples, and
// the robustness promise of every promotional rule (never throws, offsets inside the text) on any string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { buildInput } from '../input';
import { PROMOTIONAL_RULES } from '../rules/index';
import type { Finding } from '../types';
import { scorePromotional } from './promotional';

const promo = (text: string, langHint = 'de', mode: 'draft' | 'item' = 'draft') => analyze(text, { langHint, mode });

const finding = (ruleId: string, confidence: number): Finding => ({
  ruleId,
  category: 'spam',
  severity: 'info',
  start: 0,
  end: 0,
  actual: '',
  messageKey: 'finding.promo.capsRun',
  args: {},
  suggestions: [],
  confidence,
});

describe('scorePromotional', () => {
  const input = buildInput('x');

  it('is 0 and not flagged without findings', () => {
    expect(scorePromotional(input, [])).toEqual({ score: 0, flagged: false });
  });

  it('never flags on loudness alone, however much of it', () => {
    const loud = Array.from({ length: 20 }, () => finding('shouting', 0.3)).concat(finding('symbol-flood', 0.4));
    const score = scorePromotional(input, loud);
    expect(score.flagged).toBe(false);
    expect(score.score).toBeLessThanOrEqual(0.3);
  });

  it('lets loudness tip a middling signal over the line', () => {
    expect(scorePromotional(input, [finding('promotional-link', 0.4)]).flagged).toBe(false);
    expect(scorePromotional(input, [finding('promotional-link', 0.4), finding('shouting', 0.2)]).flagged).toBe(true);
  });

  it('flags one strong signal on its own', () => {
    expect(scorePromotional(input, [finding('engagement-ask', 0.8)])).toEqual({ score: 0.8, flagged: true });
  });
});

describe('promotional wording through analyze()', () => {
  it.each([
    ['Kaufen Sie unser Produkt X!', 'de'],
    ['Hier ist meine Werbung. KONSUMIERE!!!', 'de'],
    ['Danke fürs Folgen. Folge mir auch auf Facebook', 'de'],
    ['Jetzt 20 % sparen: https://shop.example.de/sale?ref=cm', 'de'],
    ['Schaut euch mein neues Video an, Link in der Bio!', 'de'],
    ['Check out my channel and subscribe!', 'en'],
    ['Hey guys, I upload covers every week, link below https://example.com/me', 'en'],
    ['Please like and share: https://example.org/vote', 'en'],
    ['Hallo zusammen, ich lade jeden Freitag Songs hoch.', 'de'],
    ['Buy now! Limited offer, use code SAVE20', 'en'],
  ])('flags %j and warns', (text, lang) => {
    const result = promo(text, lang);
    expect(result.promotional.flagged).toBe(true);
    expect(result.verdict).toBe('warn');
  });

  it.each([
    ['Wie finden Sie unser neues Produkt X?', 'de'],
    ['Super, das freut uns!!', 'de'],
    ['Hi Anna, die Anleitung findest du hier: https://hilfe.example.de/anleitung', 'de'],
    ['Der Rucksack kostet 49 €, die Maße stehen in der Beschreibung.', 'de'],
    ['Thanks so much!! We love hearing that 😍😍😍😍😍', 'en'],
    ['You can find the setup guide here: https://docs.example.com/setup', 'en'],
    ['I LOVE THIS SONG SO MUCH!!!', 'en'],
    ['Great read on community management: https://example.com/article', 'en'],
    ['Morning view http://example.com/photo', 'en'],
    ['Spannender Artikel dazu: https://example.de/artikel', 'de'],
    ['This is my favourite song, I made it my ringtone.', 'en'],
  ])('does not flag %j, nor warn', (text, lang) => {
    const result = promo(text, lang);
    expect(result.promotional.flagged).toBe(false);
    expect(result.verdict).not.toBe('warn');
  });

  it('flags a draft copied from a recent post', () => {
    const text = 'Danke für eure Nachricht, wir kümmern uns darum und melden uns heute noch bei euch.';
    expect(analyze(text, { recentPosts: [text] }).promotional.flagged).toBe(true);
    expect(analyze(text, { recentPosts: ['Etwas ganz anderes.'] }).promotional.flagged).toBe(false);
  });
});

describe('promotional rules on any string', () => {
  const pieces = fc.constantFrom(
    'Kaufen Sie',
    'jetzt',
    'subscribe',
    'my channel',
    'link in bio',
    '!!!',
    'SALE',
    '€',
    '$',
    '%',
    '19,99',
    'code',
    'SAVE20',
    'https://bit.ly/x?ref=1',
    'www.',
    ' . com',
    'watch?v=',
    '#tag',
    '@who',
    '😍',
    '👍🏽',
    '\u200d',
    '\u200b',
    '\u0301',
    'مرحبا',
    'שלום',
    '\n',
    ' ',
    '.',
    '?',
    'aaaaaa',
    'ÄÖÜ',
    '\ud83d',
  );
  const texts = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
  );

  it('never throws and keeps every finding inside the text', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('de', 'en', 'fr'), (text, langHint) => {
        const input = buildInput(text, { langHint, recentPosts: [text, 'subscribe to my channel please now'] });
        for (const rule of PROMOTIONAL_RULES) {
          for (const f of rule.check(input)) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.start).toBeLessThanOrEqual(f.end);
            expect(f.actual).toBe(text.slice(f.start, f.end));
            expect(f.confidence).toBeGreaterThanOrEqual(0);
            expect(f.confidence).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles empty and 1 MB input', () => {
    expect(promo('').promotional).toEqual({ score: 0, flagged: false });
    const big = 'Check out my channel!!! SUBSCRIBE NOW https://bit.ly/x #a #b #c #d 😍😍😍😍😍 '.repeat(14_000);
    const result = promo(big, 'en');
    expect(result.promotional.flagged).toBe(true);
    for (const f of result.findings) expect(f.actual).toBe(big.slice(f.start, f.end));
  });
});
