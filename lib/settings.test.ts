// Settings survive bad stored data field by field, and round-trip through WXT's fake browser storage.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normalizeSettings,
  SETTINGS_VERSION,
  saveSettings,
  settingsItem,
  watchSettings,
} from './settings';

describe('normalizeSettings', () => {
  it('returns defaults for nothing or garbage', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('{"uiLanguage":"de"}')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(42)).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid fields and replaces invalid ones one by one', () => {
    const result = normalizeSettings({ uiLanguage: 'fr', sites: { x: false, xing: 'no', myspace: true } });
    expect(result.uiLanguage).toBe('auto');
    expect(result.sites).toEqual({ facebook: true, x: false, linkedin: true, xing: true });
    expect(result.sites).not.toHaveProperty('myspace');
  });
  it('cleans list settings: strings only, trimmed, distinct, bounded', () => {
    const result = normalizeSettings({
      watchlist: [' Preis ', 'Preis', '', 42, 'Lieferung'],
      ownHandles: 'me',
      badges: 'yes',
    });
    expect(result.watchlist).toEqual(['Preis', 'Lieferung']);
    expect(result.ownHandles).toEqual([]);
    expect(result.badges).toBe(true);
    expect(normalizeSettings({ watchlist: Array.from({ length: 500 }, (_, i) => `w${i}`) }).watchlist).toHaveLength(
      200,
    );
  });
  it('keeps the guard settings valid: threshold, brand, ignored phrases (lower case, distinct), history texts', () => {
    expect(normalizeSettings({ guard: 'caution' }).guard).toBe('caution');
    expect(normalizeSettings({ guard: 'always' }).guard).toBe('warn');
    expect(normalizeSettings({ guard: 'always' }).warnBeforePosting).toBe(true);
    expect(normalizeSettings({ historyTexts: 'stats' }).historyTexts).toBe('stats');
    expect(normalizeSettings({ historyTexts: 'none' }).historyTexts).toBe('full');
    expect(normalizeSettings({ brand: ['Bäckerei Morgenrot', '@morgenrot', 7] }).brand).toEqual([
      'Bäckerei Morgenrot',
      '@morgenrot',
    ]);
    expect(normalizeSettings({ ignoredPhrases: ['Jetzt', 'jetzt', ' Link in Bio ', null] }).ignoredPhrases).toEqual([
      'jetzt',
      'link in bio',
    ]);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a partial update and merges it with what is stored', async () => {
    await saveSettings({ uiLanguage: 'de' });
    await saveSettings({ sites: { ...DEFAULT_SETTINGS.sites, linkedin: false } });
    expect(await loadSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: 'de',
      sites: { ...DEFAULT_SETTINGS.sites, linkedin: false },
    });
  });

  it('tells watchers about changes, with the previous settings', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((s, previous) => seen.push(`${previous.retentionDays}->${s.retentionDays}`));
    await saveSettings({ retentionDays: 30 });
    unwatch();
    await saveSettings({ retentionDays: 180 });
    expect(seen).toEqual(['90->30']);
  });

  it('migrates a stored v1 value to v2 through WXT, in storage, once', async () => {
    expect(SETTINGS_VERSION).toBe(2);
    const v1: Record<string, unknown> = {
      ...DEFAULT_SETTINGS,
      guard: 'off',
      watchlist: ['Preis'],
      brand: ['Morgenrot'],
    };
    for (const key of ['warnBeforePosting', 'alwaysFlag', 'disabledRules', 'sensitivity', 'retentionDays'])
      delete v1[key];
    await fakeBrowser.storage.sync.set({ settings: v1, settings$: { v: 1 } });
    await settingsItem.migrate();
    const stored = (await fakeBrowser.storage.sync.get(['settings', 'settings$'])) as Record<string, unknown>;
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).toEqual({
      ...DEFAULT_SETTINGS,
      warnBeforePosting: false,
      guard: 'warn',
      watchlist: ['Preis'],
      brand: ['Morgenrot'],
    });
    // A second run finds v2 and leaves the value alone.
    await fakeBrowser.storage.sync.set({ settings: { ...(stored.settings as object), guard: 'caution' } });
    await settingsItem.migrate();
    expect((await loadSettings()).guard).toBe('caution');
  });
});
