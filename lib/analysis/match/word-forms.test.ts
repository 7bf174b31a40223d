// WordForms: each entry syntax on a small list, umlaut spellings, the never list, and phrases across punctuation.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize';
import { foldGerman, WordForms } from './word-forms';

const lex = new WordForms<string>(
  [
    ['a', ['idiot > Mensch', 'depp=', '*kopf', 'scheiß* > {rest}', 'ich weiß wo du wohnst']],
    ['b', ['idiot', 'blöd']],
  ],
  { endings: ['', 'en', 'e'], foldUmlauts: true, never: ['schwachkopf'] },
);
const kind = (word: string) => lex.match(word)?.entry.kind ?? null;

describe('WordForms', () => {
  it('finds a word and its inflected forms, the first list winning', () => {
    expect(lex.match('idioten')).toMatchObject({ entry: { kind: 'a', replacement: 'Mensch' }, form: { ending: 'en' } });
    expect(kind('idiot')).toBe('a');
    expect(kind('blöde')).toBe('b');
    expect(kind('idiotisch')).toBeNull();
  });
  it('keeps "word=" to its exact form', () => {
    expect(kind('depp')).toBe('a');
    expect(kind('deppen')).toBeNull();
  });
  it('finds compound heads and modifiers, but not the modifier alone nor a listed exception', () => {
    expect(kind('dummkopf')).toBe('a');
    expect(kind('dickköpfe')).toBeNull();
    expect(lex.match('scheißpolitik')).toMatchObject({ form: null, prefixLength: 6 });
    expect(kind('scheiß')).toBeNull();
    expect(kind('schwachkopf')).toBeNull();
  });
  it('looks German words up without umlauts and ß too', () => {
    expect(foldGerman('Lügenpresse scheiße')).toBe('Luegenpresse scheisse');
    expect(kind('bloede')).toBe('b');
    expect(kind('scheisspolitik')).toBe('a');
  });
  it('matches phrases across punctuation', () => {
    const text = 'Ich weiß, wo du wohnst!';
    const found = lex.phrases.at(tokenize(text), 0);
    expect(found && text.slice(found.start, found.end)).toBe('Ich weiß, wo du wohnst');
  });
});
