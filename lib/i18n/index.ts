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

export function translator(lang: UiLanguage): Translate {
  const table = TABLES[lang];
  return (key, args) => {
    const template = table[key] ?? en[key] ?? key;
    if (!args) return template;
    // Unknown placeholders stay visible so a missing argument shows up in review, not as "undefined".
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(args, name) ? String(args[name]) : whole,
    );
  };
}
