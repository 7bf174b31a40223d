// User settings in storage.sync, so the browser's own sync carries them across the user's machines.
// Versioned: bump SETTINGS_VERSION and add a migration when a stored field changes meaning or name.
import { storage } from 'wxt/utils/storage';
import type { UiLanguageSetting } from './i18n';
import { SITE_IDS, type SiteId } from './sites/registry';

export interface Settings {
  uiLanguage: UiLanguageSetting;
  /** Per-site switch; a site that is off gets no UI and no reading at all. */
  sites: Record<SiteId, boolean>;
  /** Inline badges on flagged comments; the data-lf-* attributes stay either way. */
  badges: boolean;
  /** Keywords whose mentions are highlighted and counted. */
  watchlist: string[];
  /** The user's own names and handles on the sites, so their comments count as "own". */
  ownHandles: string[];
  /** Which drafts stop the first submit: 'warn' (default), 'caution' (also milder findings), or 'off' (badge only). */
  guard: GuardThreshold;
  /** The brand the user speaks for (names, @handles, domains): praise of it without disclosure is flagged. */
  brand: string[];
  /** Phrases the user chose to ignore in their drafts ("ignore this phrase"), compared case-insensitively. */
  ignoredPhrases: string[];
  /** 'full': history keeps draft texts; 'stats': only outcomes and finding types, never the words. */
  historyTexts: 'full' | 'stats';
}

export type GuardThreshold = 'warn' | 'caution' | 'off';

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'auto',
  sites: { facebook: true, x: true, linkedin: true, xing: true },
  badges: true,
  watchlist: [],
  ownHandles: [],
  guard: 'warn',
  brand: [],
  ignoredPhrases: [],
  historyTexts: 'full',
};

/** Up to 200 trimmed, distinct, non-empty strings: what a list setting may hold, whatever was stored. */
function stringList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const entry of value) {
    if (typeof entry === 'string' && entry.trim() !== '' && out.size < 200) out.add(entry.trim().slice(0, 100));
  }
  return [...out];
}

/**
 * Accepts anything read from storage (another version, a hand-edited sync store, garbage) and
 * returns valid settings: every field that is valid is kept, every other one falls back alone.
 */
export function normalizeSettings(raw: unknown): Settings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const uiLanguage =
    input.uiLanguage === 'de' || input.uiLanguage === 'en' || input.uiLanguage === 'auto'
      ? input.uiLanguage
      : DEFAULT_SETTINGS.uiLanguage;
  const rawSites = (input.sites && typeof input.sites === 'object' ? input.sites : {}) as Record<string, unknown>;
  const sites = { ...DEFAULT_SETTINGS.sites };
  for (const id of SITE_IDS) {
    if (typeof rawSites[id] === 'boolean') sites[id] = rawSites[id];
  }
  const badges = typeof input.badges === 'boolean' ? input.badges : DEFAULT_SETTINGS.badges;
  return {
    uiLanguage,
    sites,
    badges,
    watchlist: stringList(input.watchlist),
    ownHandles: stringList(input.ownHandles),
    guard:
      input.guard === 'warn' || input.guard === 'caution' || input.guard === 'off'
        ? input.guard
        : DEFAULT_SETTINGS.guard,
    brand: stringList(input.brand),
    ignoredPhrases: stringList(
      Array.isArray(input.ignoredPhrases)
        ? input.ignoredPhrases.map((p) => (typeof p === 'string' ? p.toLowerCase() : p))
        : [],
    ),
    historyTexts: input.historyTexts === 'stats' ? 'stats' : 'full',
  };
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(update: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...update });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with normalised settings on every change, from any tab or synced machine. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}
