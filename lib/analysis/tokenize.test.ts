// Tokenizer table: kinds and exact UTF-16 offsets for the shapes social-media text takes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';
import { tokenizeReference } from './tokenize.reference';

const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it.each([
    ['Jetzt kaufen!!!', ['word:Jetzt', 'word:kaufen', 'punct:!!!']],
    [
      'Link: https://shop.example.com/sale?x=1.',
      ['word:Link', 'punct::', 'url:https://shop.example.com/sale?x=1', 'punct:.'],
    ],
    ['besucht www.baeckerei-morgenrot.de!', ['word:besucht', 'url:www.baeckerei-morgenrot.de', 'punct:!']],
    ['mehr auf shop24.de/angebote', ['word:mehr', 'word:auf', 'url:shop24.de/angebote']],
    ['Folge @listen_first #Rabatt', ['word:Folge', 'mention:@listen_first', 'hashtag:#Rabatt']],
    ['Mail an info@example.org bitte', ['word:Mail', 'word:an', 'email:info@example.org', 'word:bitte']],
    ['nur 19,99 € statt 1.000 Euro', ['word:nur', 'number:19,99', 'word:statt', 'number:1.000', 'word:Euro']],
    ['z.B. heute', ['word:z', 'punct:.', 'word:B', 'punct:.', 'word:heute']],
    ['super :) <3 😍👍🏽', ['word:super', 'emoticon::)', 'emoticon:<3', 'emoji:😍', 'emoji:👍🏽']],
    ['oh :( :O :S', ['word:oh', 'emoticon::(', 'emoticon::O', 'emoticon::S']],
    ['Achtung:Ohne Gewähr', ['word:Achtung', 'punct::', 'word:Ohne', 'word:Gewähr']],
    ["don’t stop, it's fine", ['word:don’t', 'word:stop', 'punct:,', "word:it's", 'word:fine']],
    ['E-Mail-Adresse Öffnungszeiten', ['word:E-Mail-Adresse', 'word:Öffnungszeiten']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('keeps offsets exact around astral characters and combining marks', () => {
    const text = '👨‍👩‍👧 Cafe\u0301 gut';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokenize(text).map((t) => t.text)).toEqual(['👨‍👩‍👧', 'Cafe\u0301', 'gut']);
  });

  it('folds case and typographic apostrophes in norm only', () => {
    const [token] = tokenize('Don’t');
    expect(token).toMatchObject({ text: 'Don’t', norm: "don't" });
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u200b')).toEqual([]);
  });
});

describe('tokenize against the reference grammar', () => {
  const PIECES = [
    'www.',
    'http://',
    'HTTPS://',
    'x.de',
    '.',
    ',',
    ':',
    '@',
    '#',
    '_',
    '-',
    '%',
    '+',
    "'",
    '’',
    '/',
    ' ',
    '\n',
    '\u00a0',
    'a',
    'Ä',
    'ß',
    'e\u0301',
    '1',
    '٣',
    '😍',
    '👍🏽',
    '👨‍👩‍👧',
    '🇩🇪',
    '©',
    ':)',
    ';-(',
    ':O',
    '<3',
    '!!',
    '…',
    'z.B.',
    'info@example.org',
    'shop24.de/sale',
    '1.000,50',
    'don’t',
    'E-Mail',
    '\u200b',
    '\ud800',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 30 })
    .map((parts) => parts.join(''));

  it('produces exactly the tokens of the regex grammar', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenize(t)).toEqual(tokenizeReference(t));
      }),
      { numRuns: 3000 },
    );
  });
});
