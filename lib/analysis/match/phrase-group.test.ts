// PhraseGroup: each member list gets the longest of its own matches, from the languages asked, in one pass a text.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize';
import { PhraseGroup } from './phrase-group';

const group = new PhraseGroup<'ask' | 'self', { phrase: string }>('none');
const ask = group.add('ask', {
  de: [{ phrase: 'abonniert' }],
  en: [{ phrase: 'subscribe to my' }, { phrase: 'sub*' }],
});
const self = group.add('self', { en: [{ phrase: 'my channel' }, { phrase: 'my' }] });

const spans = (text: string, found: { start: number; end: number; lang: string }[]) =>
  found.map((m) => [m.lang, text.slice(m.start, m.end)]);

describe('PhraseGroup', () => {
  it('gives each list its own longest matches, though they overlap', () => {
    const text = 'Subscribe to my channel';
    const tokens = tokenize(text);
    expect(spans(text, ask(tokens, ['en']))).toEqual([['en', 'Subscribe to my']]);
    expect(spans(text, self(tokens, ['en']))).toEqual([['en', 'my channel']]);
  });
  it('keeps to the languages asked', () => {
    const text = 'Abonniert und subscribed';
    const tokens = tokenize(text);
    expect(spans(text, ask(tokens, ['de']))).toEqual([['de', 'Abonniert']]);
    expect(spans(text, ask(tokens, ['de', 'en']))).toEqual([
      ['de', 'Abonniert'],
      ['en', 'subscribed'],
    ]);
  });
  it('takes a list added after the first text', () => {
    const later = new PhraseGroup<string, { phrase: string }>('none');
    const a = later.add('a', { en: [{ phrase: 'buy now' }] });
    const tokens = tokenize('buy now, link in bio');
    expect(a(tokens, ['en'])).toHaveLength(1);
    const b = later.add('b', { en: [{ phrase: 'link in bio' }] });
    expect(b(tokens, ['en'])).toHaveLength(1);
    expect(a(tokens, ['en'])).toHaveLength(1);
  });
  it("breaks ties between a list's entries the same way, whichever list was added first", () => {
    const tie = (order: string[]) => {
      const g = new PhraseGroup<string, { phrase: string; tag: string }>('none');
      const lists: Record<string, { phrase: string; tag: string }[]> = {
        q: [{ phrase: 'a*', tag: 'q' }],
        r: [
          { phrase: 'ab*', tag: 'long stem' },
          { phrase: 'a*', tag: 'short stem' },
        ],
      };
      const finders = Object.fromEntries(order.map((key) => [key, g.add(key, { en: lists[key] })]));
      return finders.r?.(tokenize('abc'), ['en']).map((m) => m.data.tag);
    };
    expect(tie(['q', 'r'])).toEqual(tie(['r', 'q']));
  });
});
