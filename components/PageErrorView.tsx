// The screen an extension page shows when it cannot draw: what happened in the UI language, the error's own text
// (so a report can quote it), and a way out: reload, and for the history page the settings, where it can be deleted.
import type { Translate } from '../lib/i18n';
import { Logo } from './Logo';
import { FOCUS } from './settings/fields';

export interface PageErrorViewProps {
  t: Translate;
  /** The error's message, as thrown. */
  detail: string;
  onReload: () => void;
  /** The settings' history section, for pages that show stored history; absent elsewhere. */
  settingsHref?: string;
}

export function PageErrorView({ t, detail, onReload, settingsHref }: PageErrorViewProps) {
  return (
    <main className="mx-auto min-w-80 max-w-2xl p-6 text-sm text-gray-800" data-testid="page-error">
      <header className="mb-4 flex items-center gap-3">
        <Logo size={28} />
        <h1 className="text-base font-semibold text-gray-900">{t('recovery.title')}</h1>
      </header>
      <p role="alert" className="mb-3">
        {t('recovery.lead')}
      </p>
      <p className="mb-1 font-medium text-gray-900">{t('recovery.error')}</p>
      <pre className="mb-4 whitespace-pre-wrap break-all rounded-lg bg-gray-50 p-3 text-xs text-gray-800 ring-1 ring-gray-200">
        {detail}
      </pre>
      {settingsHref ? <p className="mb-3 text-gray-700">{t('recovery.history')}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={`rounded-md bg-brand-700 px-3 py-2 font-medium text-white hover:bg-brand-800 ${FOCUS}`}
          onClick={onReload}
        >
          {t('recovery.reload')}
        </button>
        {settingsHref ? (
          <a href={settingsHref} className={`rounded-md px-3 py-2 ring-1 ring-gray-300 hover:bg-gray-50 ${FOCUS}`}>
            {t('recovery.openSettings')}
          </a>
        ) : null}
      </div>
    </main>
  );
}
