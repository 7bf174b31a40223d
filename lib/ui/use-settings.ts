// React hook for extension pages: the current settings, live across tabs, and the translator they imply.
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import '../i18n/pages';
import { resolveUiLanguage, type Translate, translator, type UiLanguage } from '../i18n';
import { DEFAULT_SETTINGS, loadSettings, type Settings, watchSettings } from '../settings';

export function browserUiLanguage(): UiLanguage {
  const locale = browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language;
  return resolveUiLanguage('auto', locale);
}

export function useSettings(): { settings: Settings; loaded: boolean; lang: UiLanguage; t: Translate } {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => {
      if (!alive) return;
      setSettings(s);
      setLoaded(true);
    });
    const unwatch = watchSettings(setSettings);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const lang = settings.uiLanguage === 'auto' ? browserUiLanguage() : settings.uiLanguage;
  const t = useMemo(() => translator(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return { settings, loaded, lang, t };
}
