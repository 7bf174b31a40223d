// The settings form. Saves each change at once; the parent does the storage and reports the outcome.
// Sections live in components/settings/, one file each where they hold more than a control or two.
import { useId } from 'react';
import type { Translate, UiLanguage, UiLanguageSetting } from '../lib/i18n';
import type { Settings } from '../lib/settings-model';
import { SITE_IDS, type SiteId } from '../lib/sites/registry';
import { Logo } from './Logo';
import type { DeleteHistoryState } from './settings/DeleteAllHistory';
import { DraftCheckSection } from './settings/DraftCheckSection';
import { FOCUS, ListSetting, Section, Toggle } from './settings/fields';
import { GuardSection } from './settings/GuardSection';
import { HistorySection } from './settings/HistorySection';
import { listLimits } from './settings/types';

export interface SettingsViewProps {
  t: Translate;
  settings: Settings;
  browserLanguage: UiLanguage;
  saveState: { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; error: string };
  onChange: (update: Partial<Settings>) => void;
  /** "Delete all history": the parent deletes once the user confirmed, and reports how it went. */
  historyDelete: DeleteHistoryState;
  onDeleteHistory: () => void;
}

export function SettingsView({
  t,
  settings,
  browserLanguage,
  saveState,
  onChange,
  historyDelete,
  onDeleteHistory,
}: SettingsViewProps) {
  const languageId = useId();
  const languageHelpId = useId();
  const sitesHelpId = useId();
  const setSite = (id: SiteId, on: boolean) => onChange({ sites: { ...settings.sites, [id]: on } });
  const section = { t, settings, onChange };

  return (
    <main className="mx-auto max-w-2xl p-6 text-sm text-gray-800">
      <header className="mb-6 flex items-center gap-3">
        <Logo size={36} />
        <div className="mr-auto">
          <h1 className="text-xl font-semibold text-gray-900">
            {t('app.name')} · {t('options.title')}
          </h1>
          <p className="text-gray-600">{t('app.tagline')}</p>
        </div>
        {/* Both pages live at the extension's root, so a relative link needs no permission and no tabs API. */}
        <a href="activity.html" className="rounded-md px-3 py-2 ring-1 ring-gray-300 hover:bg-gray-50">
          {t('history.open')}
        </a>
      </header>

      <section className="mb-6 rounded-xl p-4 ring-1 ring-gray-200">
        <label htmlFor={languageId} className="block text-base font-semibold text-gray-900">
          {t('options.language')}
        </label>
        <p id={languageHelpId} className="mb-2 text-gray-600">
          {t('options.language.help')}
        </p>
        <select
          id={languageId}
          aria-describedby={languageHelpId}
          className={`rounded-md bg-white px-2 py-1 ring-1 ring-gray-400 ${FOCUS}`}
          value={settings.uiLanguage}
          onChange={(e) => onChange({ uiLanguage: e.target.value as UiLanguageSetting })}
        >
          <option value="auto">{t('options.language.auto', { lang: t(`options.language.${browserLanguage}`) })}</option>
          <option value="de">{t('options.language.de')}</option>
          <option value="en">{t('options.language.en')}</option>
        </select>
      </section>

      <fieldset className="mb-6 rounded-xl p-4 ring-1 ring-gray-200" aria-describedby={sitesHelpId}>
        <legend className="px-1 text-base font-semibold text-gray-900">{t('options.sites')}</legend>
        <p id={sitesHelpId} className="mb-2 text-gray-600">
          {t('options.sites.help')}
        </p>
        {SITE_IDS.map((id) => (
          <Toggle key={id} label={t(`site.${id}`)} checked={settings.sites[id]} onChange={(on) => setSite(id, on)} />
        ))}
      </fieldset>

      <Section title={t('options.you')} help={t('options.you.help')} name="you">
        <ListSetting
          label={t('options.brand')}
          help={t('options.brand.help')}
          values={settings.brand}
          {...listLimits(t, 'brand')}
          onCommit={(brand) => onChange({ brand })}
        />
        <ListSetting
          label={t('options.ownHandles')}
          help={t('options.ownHandles.help')}
          values={settings.ownHandles}
          {...listLimits(t, 'ownHandles')}
          onCommit={(ownHandles) => onChange({ ownHandles })}
        />
      </Section>

      <Section title={t('options.reading')} name="reading">
        <Toggle label={t('options.badges')} checked={settings.badges} onChange={(badges) => onChange({ badges })} />
        <Toggle
          label={t('options.toneMarks')}
          checked={settings.toneMarks}
          onChange={(toneMarks) => onChange({ toneMarks })}
        />
        <ListSetting
          label={t('options.watchlist')}
          help={t('options.watchlist.help')}
          values={settings.watchlist}
          {...listLimits(t, 'watchlist')}
          onCommit={(watchlist) => onChange({ watchlist })}
        />
      </Section>

      <DraftCheckSection {...section} />
      <GuardSection {...section} />
      <HistorySection {...section} deleteState={historyDelete} onDeleteHistory={onDeleteHistory} />

      <p role="status" className="min-h-5 text-gray-700">
        {saveState.kind === 'saved' ? t('options.saved') : null}
        {saveState.kind === 'failed' ? t('options.saveFailed', { error: saveState.error }) : null}
      </p>
      <p className="mt-4 text-xs text-gray-600">{t('app.privacy')}</p>
    </main>
  );
}
