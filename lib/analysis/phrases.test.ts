// Phrase matcher: multi-word entries, wildcards, longest match, spans, and tokens it must not cross.
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrases';
import { tokenize } from './tokenize';

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
});
