// The phrase matcher: multi-word entries, wildcards, longest match, spans, gaps, every match, and tokens it must
// not cross.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize';
import { type PhraseGaps, PhraseMatcher } from './phrases';

const matcher = new PhraseMatcher([
  { phrase: 'jetzt kaufen', data: 'cta' },
  { phrase: 'jetzt', data: 'now' },
  { phrase: 'link in bio', data: 'bio' },
  { phrase: 'kauf* sie', data: 'kauf' },
  { phrase: "don't miss", data: 'miss' },
  { phrase: '#ad', data: 'ad' },
]);

const find = (text: string) =>
  matcher.findAll(tokenize(text)).map((m) => [m.entry.data, text.slice(m.start, m.end)] as const);

describe('PhraseMatcher', () => {
  it('prefers the longest entry at a position', () => {
    expect(find('Jetzt kaufen!')).toEqual([['cta', 'Jetzt kaufen']]);
    expect(find('jetzt nicht')).toEqual([['now', 'jetzt']]);
  });
  it('matches several phrases with exact spans', () => {
    expect(find('Mehr? Link in Bio. Kaufen Sie jetzt')).toEqual([
      ['bio', 'Link in Bio'],
      ['kauf', 'Kaufen Sie'],
      ['now', 'jetzt'],
    ]);
  });
  it('folds typographic apostrophes and case', () => {
    expect(find('DON’T MISS it')).toEqual([['miss', 'DON’T MISS']]);
  });
  it('matches hashtags as written', () => {
    expect(find('toll #ad #werbung')).toEqual([['ad', '#ad']]);
  });
  it('does not match across a URL or inside a longer word', () => {
    expect(find('link https://x.de in bio')).toEqual([]);
    expect(find('jetztkaufen')).toEqual([]);
  });
  it('lets a comma stand inside a phrase, but never end one', () => {
    const commas = new PhraseMatcher([
      { phrase: 'nichts für ungut aber', data: 'x' },
      { phrase: 'jetzt', data: 'y' },
    ]);
    const text = 'Nichts für ungut, aber jetzt, bitte';
    expect(commas.findAll(tokenize(text)).map((m) => text.slice(m.start, m.end))).toEqual([
      'Nichts für ungut, aber',
      'jetzt',
    ]);
  });
  it('returns nothing for empty input', () => {
    expect(find('')).toEqual([]);
  });
  it('steps over what its gaps allow, and nothing else', () => {
    const entries = [{ phrase: 'ich weiß wo du wohnst', data: 'x' }];
    const text = 'Ich weiß, wo du wohnst!';
    const spans = (gaps: PhraseGaps) =>
      new PhraseMatcher(entries, { gaps }).findAll(tokenize(text)).map((m) => text.slice(m.start, m.end));
    expect(spans('comma')).toEqual(['Ich weiß, wo du wohnst']);
    expect(spans('punctuation')).toEqual(['Ich weiß, wo du wohnst']);
    expect(spans('none')).toEqual([]);
    const loud = 'ich weiß!!! wo … du wohnst';
    const punct = new PhraseMatcher(entries, { gaps: 'punctuation' });
    expect(punct.findAll(tokenize(loud)).map((m) => loud.slice(m.start, m.end))).toEqual([loud]);
    expect(new PhraseMatcher(entries).findAll(tokenize(loud))).toEqual([]);
  });
  it('finds the longest match at a given token', () => {
    const tokens = tokenize('ach jetzt kaufen');
    expect(matcher.at(tokens, 0)).toBeNull();
    expect(matcher.at(tokens, 1)?.entry.data).toBe('cta');
    expect(matcher.at(tokens, 2)).toBeNull();
    expect(matcher.at(tokens, 9)).toBeNull();
  });
  it('finds every match, overlapping ones and every entry of a phrase included', () => {
    const every = new PhraseMatcher(
      [
        { phrase: 'subscribe to my', data: 'a' },
        { phrase: 'my channel', data: 'b' },
        { phrase: 'my channel', data: 'c' },
        { phrase: 'subscribe', data: 'd' },
      ],
      { gaps: 'none' },
    );
    const text = 'Subscribe to my channel';
    expect(every.findEvery(tokenize(text)).map((m) => [m.entry.data, text.slice(m.start, m.end)])).toEqual([
      ['d', 'Subscribe'],
      ['a', 'Subscribe to my'],
      ['b', 'my channel'],
      ['c', 'my channel'],
    ]);
  });
});
