// UI translation: picks German or English from the setting or the browser, and fills {placeholders}.
// Own tables instead of browser.i18n because the user can switch the language at run time.
import { de } from './de';
import { type CoreMessageKey, en, type MessageKey } from './en';

export type { MessageKey } from './en';
export type UiLanguage = 'de' | 'en';
export type UiLanguageSetting = UiLanguage | 'auto';

export const TABLES: Record<UiLanguage, Record<CoreMessageKey, string>> = { de, en };

/**
 * Strings only the extension's own pages show (history, popup counts), added by lib/i18n/pages.ts there: a content
 * script runs on every page of four sites and should not carry them.
 */
const PAGE_TABLES: Record<UiLanguage, Record<string, string>> = { de: {}, en: {} };

export function addPageMessages(tables: Record<UiLanguage, Record<string, string>>): void {
  Object.assign(PAGE_TABLES.de, tables.de);
  Object.assign(PAGE_TABLES.en, tables.en);
}

/** German for any German browser locale (de, de-AT, de-CH…), English for everything else. */
export function resolveUiLanguage(setting: UiLanguageSetting, browserLocale: string | undefined): UiLanguage {
  if (setting !== 'auto') return setting;
  return (browserLocale ?? '').toLowerCase().startsWith('de') ? 'de' : 'en';
}

export type Translate = (key: MessageKey, args?: Record<string, string | number>) => string;

// One function per language: React views can compare it, so a memoised view does not redraw on every render.
const translators = new Map<UiLanguage, Translate>();

export function translator(lang: UiLanguage): Translate {
  const known = translators.get(lang);
  if (known) return known;
  const table: Record<string, string> = TABLES[lang];
  const core: Record<string, string> = en;
  const translate: Translate = (key, args) => {
    const template = table[key] ?? PAGE_TABLES[lang][key] ?? core[key] ?? PAGE_TABLES.en[key] ?? key;
    if (!args) return template;
    // Unknown placeholders stay visible so a missing argument shows up in review, not as "undefined".
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(args, name) ? String(args[name]) : whole,
    );
  };
  translators.set(lang, translate);
  return translate;
}
