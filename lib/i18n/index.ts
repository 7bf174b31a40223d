// UI translation: picks German or English from the setting or the browser, and fills {placeholders}.
// Own tables instead of browser.i18n because the user can switch the language at run time.
import { de } from './de';
import { en, type MessageKey } from './en';

export type { MessageKey } from './en';
export type UiLanguage = 'de' | 'en';
export type UiLanguageSetting = UiLanguage | 'auto';

export const TABLES: Record<UiLanguage, Record<MessageKey, string>> = { de, en };

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
  const table = TABLES[lang];
  const translate: Translate = (key, args) => {
    const template = table[key] ?? en[key] ?? key;
    if (!args) return template;
    // Unknown placeholders stay visible so a missing argument shows up in review, not as "undefined".
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(args, name) ? String(args[name]) : whole,
    );
  };
  translators.set(lang, translate);
  return translate;
}
