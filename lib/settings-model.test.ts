// Settings v2: the v1 -> v2 migration keeps everything, normalisation stays field-by-field tolerant (including a
// v1 machine's synced guard 'off'), and the limits keep a maximal settings object within storage.sync's 8 KB item.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  fitList,
  LIST_LIMITS,
  type ListField,
  migrateSettingsV1,
  normalizeSettings,
  type Settings,
  SYNC_ITEM_BYTES,
  syncItemBytes,
} from './settings-model';

/** A v1 object as the first release stored it: every field away from its default. */
const V1 = {
  uiLanguage: 'de',
  sites: { facebook: true, x: false, linkedin: true, xing: false },
  badges: false,
  watchlist: ['Preis', 'Lieferung*'],
  ownHandles: ['@morgenrot'],
  guard: 'caution',
  brand: ['Bäckerei Morgenrot', 'morgenrot.de'],
  ignoredPhrases: ['jetzt', 'link in bio'],
  historyTexts: 'stats',
} as const;

describe('migrateSettingsV1', () => {
  it('carries every v1 field over and adds the new ones at their defaults', () => {
    expect(migrateSettingsV1(V1)).toEqual({
      ...V1,
      sites: { ...V1.sites },
      watchlist: [...V1.watchlist],
      ownHandles: [...V1.ownHandles],
      brand: [...V1.brand],
      ignoredPhrases: [...V1.ignoredPhrases],
      warnBeforePosting: true,
      toneMarks: false,
      alwaysFlag: [],
      disabledRules: [],
      sensitivity: 'normal',
      retentionDays: 90,
    } satisfies Settings);
  });

  it("turns guard 'off' into the guard switched off, with the default threshold for when it comes back", () => {
    const migrated = migrateSettingsV1({ ...V1, guard: 'off' });
    expect(migrated.warnBeforePosting).toBe(false);
    expect(migrated.guard).toBe('warn');
    expect(migrateSettingsV1({ ...V1, guard: 'warn' })).toMatchObject({ warnBeforePosting: true, guard: 'warn' });
  });

  it('is harmless on a value that is already v2 (a machine re-running it)', () => {
    const v2: Settings = { ...DEFAULT_SETTINGS, warnBeforePosting: false, guard: 'caution', alwaysFlag: ['Falke'] };
    expect(migrateSettingsV1(v2)).toEqual(v2);
  });

  it('survives garbage', () => {
    expect(migrateSettingsV1(null)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettingsV1('x')).toEqual(DEFAULT_SETTINGS);
  });
});

describe('normalizeSettings v2 fields', () => {
  it('keeps valid values', () => {
    const input: Settings = {
      ...DEFAULT_SETTINGS,
      warnBeforePosting: false,
      guard: 'caution',
      alwaysFlag: ['Projekt Falke', 'gratis*'],
      disabledRules: ['loudness', 'register-mix'],
      sensitivity: 'high',
      retentionDays: 30,
    };
    expect(normalizeSettings(input)).toEqual(input);
  });

  it('replaces each invalid field alone', () => {
    const result = normalizeSettings({
      uiLanguage: 'en',
      warnBeforePosting: 'no',
      sensitivity: 'max',
      retentionDays: 60,
      disabledRules: ['hostile', 'Not An Id', 7, ''],
      alwaysFlag: 'falke',
    });
    expect(result).toEqual({ ...DEFAULT_SETTINGS, uiLanguage: 'en', disabledRules: ['hostile'] });
    expect(normalizeSettings({ retentionDays: '30' }).retentionDays).toBe(90);
    expect(normalizeSettings({ retentionDays: 365 }).retentionDays).toBe(365);
  });

  it("reads a v1 machine's synced guard 'off' as the guard switched off", () => {
    expect(normalizeSettings({ ...DEFAULT_SETTINGS, guard: 'off' })).toMatchObject({
      warnBeforePosting: false,
      guard: 'warn',
    });
    // Written by v1, which knows no warnBeforePosting: its 'warn' means on.
    expect(normalizeSettings({ guard: 'warn' }).warnBeforePosting).toBe(true);
  });
});

describe('storage.sync limits', () => {
  // The worst case per character: 3 UTF-8 bytes (€), or 2 JSON bytes that also cost escaping ("), or 4 for an emoji.
  const worst = (i: number, chars: number) => `${i}€"😀`.padEnd(chars, '€').slice(0, chars);

  it('a settings object with every list filled to its limit fits one sync item', () => {
    const lists = Object.fromEntries(
      (Object.keys(LIST_LIMITS) as ListField[]).map((field) => {
        const { entries, chars } = LIST_LIMITS[field];
        const values =
          field === 'disabledRules'
            ? Array.from({ length: entries * 2 }, (_, i) => `rule-${i}`.padEnd(chars, 'x'))
            : Array.from({ length: entries * 2 }, (_, i) => worst(i, chars + 20));
        return [field, values];
      }),
    );
    const maximal = normalizeSettings({ ...DEFAULT_SETTINGS, ...lists, uiLanguage: 'auto', historyTexts: 'stats' });
    for (const field of Object.keys(LIST_LIMITS) as ListField[]) expect(maximal[field].length).toBeGreaterThan(0);
    expect(syncItemBytes('settings', maximal)).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
  });

  it('entries are cut to the length limit; past the list limit they are dropped and counted', () => {
    expect(fitList('alwaysFlag', ['a'.repeat(300)]).kept).toEqual(['a'.repeat(LIST_LIMITS.alwaysFlag.chars)]);
    const many = Array.from({ length: 150 }, (_, i) => `phrase ${i}`);
    const { kept, dropped } = fitList('alwaysFlag', many);
    expect(kept).toEqual(many.slice(0, kept.length));
    expect(kept.length + dropped).toBe(150);
    expect(dropped).toBeGreaterThan(0);
    expect(fitList('alwaysFlag', ['a', 'a', ' ', 'b'])).toEqual({ kept: ['a', 'b'], dropped: 0 });
  });
});
