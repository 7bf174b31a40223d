// The toolbar popup: is Listen First running on this page, and the way to the side panel and settings.
import type { Translate } from '../lib/i18n';
import { Logo } from './Logo';

export type PopupPageState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | {
      kind: 'active';
      siteName: string;
      thread: { status: 'searching' | 'recognised' | 'not-recognised'; items: number };
    }
  | { kind: 'off'; siteName: string };

export interface PopupViewProps {
  t: Translate;
  page: PopupPageState;
  onOpenSidePanel: () => void;
  onOpenSettings: () => void;
}

export function PopupView({ t, page, onOpenSidePanel, onOpenSettings }: PopupViewProps) {
  return (
    <main className="w-80 p-4 text-sm text-gray-800">
      <header className="mb-3 flex items-center gap-2">
        <Logo size={28} />
        <div>
          <h1 className="text-base font-semibold text-gray-900">{t('app.name')}</h1>
          <p className="text-xs text-gray-500">{t('app.tagline')}</p>
        </div>
      </header>
      <p className="mb-3 rounded-lg bg-gray-50 p-3" role="status" data-lf-page={page.kind}>
        {page.kind === 'loading' ? '…' : null}
        {page.kind === 'unsupported' ? t('popup.notActive') : null}
        {page.kind === 'active' ? (
          <>
            <span className="block font-medium text-brand-700">{t('popup.activeOn', { site: page.siteName })}</span>
            <span className="block text-xs text-gray-600" data-lf-thread={page.thread.status}>
              {page.thread.status === 'recognised'
                ? t('popup.threadRecognised', { count: page.thread.items })
                : page.thread.status === 'not-recognised'
                  ? t('popup.threadNotRecognised')
                  : t('popup.threadSearching')}
            </span>
          </>
        ) : null}
        {page.kind === 'off' ? t('popup.siteOff', { site: page.siteName }) : null}
      </p>
      <div className="flex gap-2">
        <button
          type="button"
          className="flex-1 rounded-md bg-brand-700 px-3 py-2 font-medium text-white hover:bg-brand-800"
          onClick={onOpenSidePanel}
        >
          {t('popup.openSidePanel')}
        </button>
        <button
          type="button"
          className="rounded-md px-3 py-2 text-gray-700 ring-1 ring-gray-300 hover:bg-gray-50"
          onClick={onOpenSettings}
        >
          {t('popup.openSettings')}
        </button>
      </div>
      <p className="mt-3 text-xs text-gray-500">{t('app.privacy')}</p>
    </main>
  );
}
