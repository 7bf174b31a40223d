// Both UI tables are complete and agree on placeholders, so no string falls back silently.
import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { historyDe } from './history.de';
import { historyEn } from './history.en';
import { resolveUiLanguage, translator } from './index';
import { queueDe } from './queue.de';
import { queueEn } from './queue.en';
import { recoveryDe } from './recovery.de';
import { recoveryEn } from './recovery.en';
import { reportDe } from './report.de';
import { reportEn } from './report.en';

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

const PAGE_TABLES: [string, Record<string, string>, Record<string, string>][] = [
  ['history', historyEn, historyDe],
  ['recovery', recoveryEn, recoveryDe],
  ['queue', queueEn, queueDe],
  ['report', reportEn, reportDe],
];

describe("the extension pages' own strings", () => {
  for (const [name, english, german] of PAGE_TABLES) {
    it(`${name}: German has exactly the English keys, none shared with the core table`, () => {
      expect(Object.keys(german).sort()).toEqual(Object.keys(english).sort());
      expect(Object.keys(english).filter((key) => key in en)).toEqual([]);
    });
    for (const key of Object.keys(english)) {
      it(`${key}: same placeholders in both languages, no empty text`, () => {
        expect(placeholders(german[key] ?? '')).toEqual(placeholders(english[key] ?? ''));
        expect((german[key] ?? '').trim()).not.toBe('');
      });
    }
  }
  it('no key is in two page tables, so registering one cannot overwrite another', () => {
    const keys = PAGE_TABLES.flatMap(([, english]) => Object.keys(english));
    expect(keys.length).toBe(new Set(keys).size);
  });
  it('are found once a page registers them, in either language', async () => {
    expect(translator('de')('history.title')).toBe('history.title');
    await import('./pages');
    expect(translator('de')('history.title')).toBe('Verlauf');
    expect(translator('de')('recovery.reload')).toBe('Neu laden');
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
