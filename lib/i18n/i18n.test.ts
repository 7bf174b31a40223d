// Both UI tables are complete and agree on placeholders, so no string falls back silently.
import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { historyDe } from './history.de';
import { historyEn } from './history.en';
import { resolveUiLanguage, translator } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI string tables', () => {
  it('German has exactly the English keys', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    it(`${key}: same placeholders in both languages, no empty text`, () => {
      expect(placeholders(de[key])).toEqual(placeholders(en[key]));
      expect(de[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
    });
  }
});

describe("the extension pages' own strings", () => {
  it('German has exactly the English keys, none shared with the core table', () => {
    expect(Object.keys(historyDe).sort()).toEqual(Object.keys(historyEn).sort());
    expect(Object.keys(historyEn).filter((key) => key in en)).toEqual([]);
  });
  for (const key of Object.keys(historyEn) as (keyof typeof historyEn)[]) {
    it(`${key}: same placeholders in both languages, no empty text`, () => {
      expect(placeholders(historyDe[key])).toEqual(placeholders(historyEn[key]));
      expect(historyDe[key].trim()).not.toBe('');
    });
  }
  it('are found once a page registers them, in either language', async () => {
    expect(translator('de')('history.title')).toBe('history.title');
    await import('./pages');
    expect(translator('de')('history.title')).toBe('Verlauf');
    expect(translator('en')('import.error.record', { line: 3, record: 'comment', problem: 'x' })).toBe(
      'Line 3: comment: x',
    );
  });
});

describe('resolveUiLanguage', () => {
  it.each([
    ['auto', 'de-AT', 'de'],
    ['auto', 'de', 'de'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'fr', 'en'],
    ['auto', undefined, 'en'],
    ['de', 'en-US', 'de'],
    ['en', 'de-DE', 'en'],
  ] as const)('%s with browser %s -> %s', (setting, locale, expected) => {
    expect(resolveUiLanguage(setting, locale)).toBe(expected);
  });
});

describe('translator', () => {
  it('fills placeholders per language', () => {
    expect(translator('de')('popup.activeOn', { site: 'Xing' })).toBe('Aktiv auf Xing');
    expect(translator('en')('popup.activeOn', { site: 'Xing' })).toBe('Active on Xing');
  });
  it('leaves an unknown placeholder visible instead of printing undefined', () => {
    expect(translator('en')('popup.activeOn', {})).toBe('Active on {site}');
  });
});
