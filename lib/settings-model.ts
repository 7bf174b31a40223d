// The settings' shape, defaults, limits, normalisation and migrations: pure, so Node tests (and e2e specs) can use
// it without a browser. lib/settings.ts stores it in storage.sync. Field ids persist in user data: never rename one.
import { renameRuleIds } from './analysis/rules/renamed';
import type { Sensitivity } from './analysis/types';
import type { UiLanguageSetting } from './i18n';
import { SITE_IDS, type SiteId } from './sites/registry';

export interface Settings {
  uiLanguage: UiLanguageSetting;
  /** Per-site switch; a site that is off gets no UI and no reading at all. */
  sites: Record<SiteId, boolean>;
  /** Inline badges on flagged comments; the data-lf-* attributes stay either way. */
  badges: boolean;
  /** A tone mark on every comment (positive, neutral, negative), beside the badges; off by default. */
  toneMarks: boolean;
  /** Keywords whose mentions are highlighted and counted. */
  watchlist: string[];
  /** The user's own names and handles on the sites, so their comments count as "own". */
  ownHandles: string[];
  /** Whether the guard stops the first submit of a flagged draft at all (off: the badge only). */
  warnBeforePosting: boolean;
  /** Which drafts the guard stops: 'warn' (default) or 'caution' (also milder findings). */
  guard: GuardThreshold;
  /** The brand the user speaks for (names, @handles, domains): praise of it without disclosure is flagged. */
  brand: string[];
  /** "Always allow": phrases never flagged in the user's drafts ("ignore this phrase"), lower case. */
  ignoredPhrases: string[];
  /** Phrases always flagged in the user's drafts, as typed ("*" at a word's end matches any ending). */
  alwaysFlag: string[];
  /** Rule ids and rule-family ids (lib/analysis/families.ts) switched off. */
  disabledRules: string[];
  /** How much the draft check and the comment badges show (lib/analysis/sensitivity.ts). */
  sensitivity: Sensitivity;
  /** Days of history kept; older threads, comments and drafts are deleted by the background. */
  retentionDays: RetentionDays;
  /** 'full': history keeps draft texts; 'stats': only outcomes and finding types, never the words. */
  historyTexts: 'full' | 'stats';
}

export type GuardThreshold = 'warn' | 'caution';
export type { Sensitivity };
export const RETENTION_DAYS = [30, 90, 180, 365] as const;
export type RetentionDays = (typeof RETENTION_DAYS)[number];

/** v1: the first release. v2: warnBeforePosting split from guard ('off' went), alwaysFlag, disabledRules,
 * sensitivity, retentionDays. */
export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'auto',
  sites: { facebook: true, x: true, linkedin: true, xing: true },
  badges: true,
  toneMarks: false,
  watchlist: [],
  ownHandles: [],
  warnBeforePosting: true,
  guard: 'warn',
  brand: [],
  ignoredPhrases: [],
  alwaysFlag: [],
  disabledRules: [],
  sensitivity: 'normal',
  retentionDays: 90,
  historyTexts: 'full',
};

export type ListField = 'watchlist' | 'ownHandles' | 'brand' | 'ignoredPhrases' | 'alwaysFlag' | 'disabledRules';

/**
 * storage.sync takes at most 8,192 bytes per item in Chrome (key plus JSON value, UTF-8). The whole settings
 * object is one item, so each list gets a byte budget of its JSON; together with the fixed fields (about 400
 * bytes) they stay under 7,500 whatever the user types (settings-model.test.ts fills every list to prove it).
 */
export const LIST_LIMITS: Record<ListField, { entries: number; chars: number; bytes: number }> = {
  watchlist: { entries: 200, chars: 100, bytes: 1800 },
  ownHandles: { entries: 50, chars: 100, bytes: 600 },
  brand: { entries: 50, chars: 100, bytes: 600 },
  ignoredPhrases: { entries: 200, chars: 100, bytes: 1800 },
  alwaysFlag: { entries: 100, chars: 100, bytes: 1200 },
  disabledRules: { entries: 60, chars: 40, bytes: 800 },
};

export const SYNC_ITEM_BYTES = 8192;

const utf8 = new TextEncoder();
/** What an entry costs in the stored JSON array: its quoted, escaped UTF-8 form and a comma. */
const jsonBytes = (entry: string) => utf8.encode(JSON.stringify(entry)).length + 1;

/** A rule or family id: lower case, digits, dots and dashes (ids of a newer version are kept, not judged). */
const RULE_ID = /^[a-z0-9][a-z0-9.-]*$/;

/**
 * Trimmed, distinct, non-empty strings within the field's limits, in the order given: what a list setting may
 * hold, whatever was stored or typed. Once a limit is reached the rest is dropped, and counted (the form says so).
 */
export function fitList(field: ListField, value: unknown): { kept: string[]; dropped: number } {
  if (!Array.isArray(value)) return { kept: [], dropped: 0 };
  const limit = LIST_LIMITS[field];
  const out = new Set<string>();
  const over = new Set<string>();
  let bytes = 2; // the brackets
  for (const entry of value) {
    if (typeof entry !== 'string') continue;
    let text = entry.trim().slice(0, limit.chars).trim();
    if (field === 'ignoredPhrases') text = text.toLowerCase();
    if (text === '' || out.has(text) || (field === 'disabledRules' && !RULE_ID.test(text))) continue;
    const cost = jsonBytes(text);
    if (over.size > 0 || out.size >= limit.entries || bytes + cost > limit.bytes) over.add(text);
    else {
      out.add(text);
      bytes += cost;
    }
  }
  return { kept: [...out], dropped: over.size };
}

export const cleanList = (field: ListField, value: unknown): string[] => fitList(field, value).kept;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Accepts anything read from storage (another version, a hand-edited sync store, garbage) and returns valid
 * settings: every field that is valid is kept, every other one falls back alone. A machine still on v1 may
 * sync `guard: 'off'` at any time (its writes carry no migration): that reads as the guard switched off.
 */
export function normalizeSettings(raw: unknown): Settings {
  const input = isObject(raw) ? raw : {};
  const uiLanguage =
    input.uiLanguage === 'de' || input.uiLanguage === 'en' || input.uiLanguage === 'auto'
      ? input.uiLanguage
      : DEFAULT_SETTINGS.uiLanguage;
  const rawSites = isObject(input.sites) ? input.sites : {};
  const sites = { ...DEFAULT_SETTINGS.sites };
  for (const id of SITE_IDS) {
    if (typeof rawSites[id] === 'boolean') sites[id] = rawSites[id];
  }
  const guardOff = input.guard === 'off';
  return {
    uiLanguage,
    sites,
    badges: typeof input.badges === 'boolean' ? input.badges : DEFAULT_SETTINGS.badges,
    toneMarks: typeof input.toneMarks === 'boolean' ? input.toneMarks : DEFAULT_SETTINGS.toneMarks,
    watchlist: cleanList('watchlist', input.watchlist),
    ownHandles: cleanList('ownHandles', input.ownHandles),
    warnBeforePosting: guardOff
      ? false
      : typeof input.warnBeforePosting === 'boolean'
        ? input.warnBeforePosting
        : DEFAULT_SETTINGS.warnBeforePosting,
    guard: input.guard === 'warn' || input.guard === 'caution' ? input.guard : DEFAULT_SETTINGS.guard,
    brand: cleanList('brand', input.brand),
    ignoredPhrases: cleanList('ignoredPhrases', input.ignoredPhrases),
    alwaysFlag: cleanList('alwaysFlag', input.alwaysFlag),
    // Renamed rules keep the user's choice under their new id (a duplicate of an id already there is dropped).
    disabledRules: cleanList('disabledRules', renameRuleIds(input.disabledRules)),
    sensitivity:
      input.sensitivity === 'low' || input.sensitivity === 'normal' || input.sensitivity === 'high'
        ? input.sensitivity
        : DEFAULT_SETTINGS.sensitivity,
    retentionDays: RETENTION_DAYS.includes(input.retentionDays as RetentionDays)
      ? (input.retentionDays as RetentionDays)
      : DEFAULT_SETTINGS.retentionDays,
    historyTexts: input.historyTexts === 'stats' ? 'stats' : 'full',
  };
}

/**
 * v1 -> v2. v1's guard had three values, 'warn' | 'caution' | 'off'; v2 splits it into warnBeforePosting (on/off)
 * and guard (the threshold, 'warn' | 'caution'). 'off' kept no threshold, so it becomes the default 'warn' for when
 * the user switches the guard back on. New fields start at their defaults; every v1 field is carried over.
 */
export function migrateSettingsV1(v1: unknown): Settings {
  const old = isObject(v1) ? v1 : {};
  const off = old.guard === 'off';
  return normalizeSettings({
    ...old,
    guard: off ? 'warn' : old.guard,
    warnBeforePosting: off ? false : (old.warnBeforePosting ?? true),
  });
}

/** Size in bytes that storage.sync counts for the settings item (key plus JSON value). */
export function syncItemBytes(key: string, settings: Settings): number {
  return utf8.encode(key).length + utf8.encode(JSON.stringify(settings)).length;
}
