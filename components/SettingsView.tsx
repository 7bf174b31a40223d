// The settings form. Saves each change at once; the parent does the storage and reports the outcome.
import { useEffect, useId, useRef, useState } from 'react';
import type { Translate, UiLanguage, UiLanguageSetting } from '../lib/i18n';
import type { Settings } from '../lib/settings';
import { SITE_IDS, type SiteId } from '../lib/sites/registry';
import { Logo } from './Logo';

export interface SettingsViewProps {
  t: Translate;
  settings: Settings;
  browserLanguage: UiLanguage;
  saveState: { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; error: string };
  onChange: (update: Partial<Settings>) => void;
}

export function SettingsView({ t, settings, browserLanguage, saveState, onChange }: SettingsViewProps) {
  const languageId = useId();
  const languageHelpId = useId();
  const setSite = (id: SiteId, on: boolean) => onChange({ sites: { ...settings.sites, [id]: on } });

  return (
    <main className="mx-auto max-w-2xl p-6 text-sm text-gray-800">
      <header className="mb-6 flex items-center gap-3">
        <Logo size={36} />
        <div>
          <h1 className="text-xl font-semibold text-gray-900">
            {t('app.name')} · {t('options.title')}
          </h1>
          <p className="text-gray-500">{t('app.tagline')}</p>
        </div>
      </header>

      <section className="mb-6 rounded-xl p-4 ring-1 ring-gray-200">
        <label htmlFor={languageId} className="block font-semibold text-gray-900">
          {t('options.language')}
        </label>
        <p id={languageHelpId} className="mb-2 text-gray-500">
          {t('options.language.help')}
        </p>
        <select
          id={languageId}
          aria-describedby={languageHelpId}
          className="rounded-md bg-white px-2 py-1 ring-1 ring-gray-300"
          value={settings.uiLanguage}
          onChange={(e) => onChange({ uiLanguage: e.target.value as UiLanguageSetting })}
        >
          <option value="auto">{t('options.language.auto', { lang: t(`options.language.${browserLanguage}`) })}</option>
          <option value="de">{t('options.language.de')}</option>
          <option value="en">{t('options.language.en')}</option>
        </select>
      </section>

      <fieldset className="mb-6 rounded-xl p-4 ring-1 ring-gray-200">
        <legend className="px-1 font-semibold text-gray-900">{t('options.sites')}</legend>
        <p className="mb-2 text-gray-500">{t('options.sites.help')}</p>
        {SITE_IDS.map((id) => (
          <label key={id} className="flex items-center gap-2 py-1">
            <input type="checkbox" checked={settings.sites[id]} onChange={(e) => setSite(id, e.target.checked)} />
            {t(`site.${id}`)}
          </label>
        ))}
      </fieldset>

      <fieldset className="mb-6 rounded-xl p-4 ring-1 ring-gray-200">
        <legend className="px-1 font-semibold text-gray-900">{t('options.reading')}</legend>
        <label className="flex items-start gap-2 py-1">
          <input
            type="checkbox"
            className="mt-1"
            checked={settings.badges}
            onChange={(e) => onChange({ badges: e.target.checked })}
          />
          {t('options.badges')}
        </label>
        <ListSetting
          label={t('options.watchlist')}
          help={t('options.watchlist.help')}
          values={settings.watchlist}
          onCommit={(watchlist) => onChange({ watchlist })}
        />
        <ListSetting
          label={t('options.ownHandles')}
          help={t('options.ownHandles.help')}
          values={settings.ownHandles}
          onCommit={(ownHandles) => onChange({ ownHandles })}
        />
      </fieldset>

      <fieldset className="mb-6 rounded-xl p-4 ring-1 ring-gray-200" data-lf-settings="guard">
        <legend className="px-1 font-semibold text-gray-900">{t('options.guard')}</legend>
        <ChoiceSetting
          name="guard"
          choices={[
            ['warn', t('options.guard.warn')],
            ['caution', t('options.guard.caution')],
            ['off', t('options.guard.off')],
          ]}
          value={settings.guard}
          onChange={(guard) => onChange({ guard })}
        />
        <ListSetting
          label={t('options.brand')}
          help={t('options.brand.help')}
          values={settings.brand}
          onCommit={(brand) => onChange({ brand })}
        />
        <ListSetting
          label={t('options.ignored')}
          help={t('options.ignored.help')}
          values={settings.ignoredPhrases}
          onCommit={(ignoredPhrases) => onChange({ ignoredPhrases })}
        />
        <p className="mt-3 font-medium text-gray-900">{t('options.historyTexts')}</p>
        <ChoiceSetting
          name="historyTexts"
          choices={[
            ['full', t('options.historyTexts.full')],
            ['stats', t('options.historyTexts.stats')],
          ]}
          value={settings.historyTexts}
          onChange={(historyTexts) => onChange({ historyTexts })}
        />
      </fieldset>

      <p role="status" className="min-h-5 text-gray-600">
        {saveState.kind === 'saved' ? t('options.saved') : null}
        {saveState.kind === 'failed' ? t('options.saveFailed', { error: saveState.error }) : null}
      </p>
      <p className="mt-4 text-xs text-gray-500">{t('app.privacy')}</p>
    </main>
  );
}

/** One of a few values as radio buttons, saved on change. */
function ChoiceSetting<T extends string>(props: {
  name: string;
  choices: readonly (readonly [T, string])[];
  value: T;
  onChange: (value: T) => void;
}) {
  return props.choices.map(([value, label]) => (
    <label key={value} className="flex items-start gap-2 py-1">
      <input
        type="radio"
        name={props.name}
        className="mt-1"
        value={value}
        checked={props.value === value}
        onChange={() => props.onChange(value)}
      />
      {label}
    </label>
  ));
}

/** A one-entry-per-line list, saved when the field loses focus (not on every keystroke). */
function ListSetting(props: { label: string; help: string; values: string[]; onCommit: (values: string[]) => void }) {
  const id = useId();
  const helpId = useId();
  const joined = props.values.join('\n');
  const [text, setText] = useState(joined);
  const editing = useRef(false);
  // The list can change elsewhere ("ignore this phrase" on a site, another synced machine): show that, except
  // while the user is editing this field, whose text is theirs until they leave it.
  useEffect(() => {
    if (!editing.current) setText(joined);
  }, [joined]);
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block font-medium text-gray-900">
        {props.label}
      </label>
      <p id={helpId} className="mb-1 text-gray-500">
        {props.help}
      </p>
      <textarea
        id={id}
        aria-describedby={helpId}
        rows={3}
        className="w-full rounded-md bg-white px-2 py-1 ring-1 ring-gray-300"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onFocus={() => {
          editing.current = true;
        }}
        onBlur={() => {
          editing.current = false;
          props.onCommit(
            text
              .split('\n')
              .map((v) => v.trim())
              .filter(Boolean),
          );
        }}
      />
    </div>
  );
}
