// The side panel: the brief of the thread in the active tab. For now it shows which page is read.
import type { Translate } from '../lib/i18n';
import { Logo } from './Logo';

export interface SidePanelViewProps {
  t: Translate;
  page: { siteName: string; url: string } | null;
}

export function SidePanelView({ t, page }: SidePanelViewProps) {
  return (
    <main className="min-h-screen bg-white p-4 text-sm text-gray-800">
      <header className="mb-4 flex items-center gap-2 border-b border-gray-200 pb-3">
        <Logo size={28} />
        <h1 className="text-base font-semibold text-gray-900">{t('sidepanel.title')}</h1>
      </header>
      {page ? (
        <section aria-live="polite" data-lf-page="active">
          <p className="font-medium text-brand-700">{t('sidepanel.activeOn', { site: page.siteName })}</p>
          <p className="mt-1 break-all text-xs text-gray-500">{t('sidepanel.page', { url: page.url })}</p>
        </section>
      ) : (
        <p aria-live="polite" data-lf-page="none" className="text-gray-600">
          {t('sidepanel.noPage')}
        </p>
      )}
      <footer className="mt-6 text-xs text-gray-500">{t('app.privacy')}</footer>
    </main>
  );
}
