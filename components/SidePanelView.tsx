// The side panel: which page is read and, once a thread is recognised there, its brief; and who waits for an answer.
import type { ReactNode } from 'react';
import type { ThreadStatus } from '../lib/content/thread-watch';
import type { Translate } from '../lib/i18n';
import { Logo } from './Logo';

export interface SidePanelViewProps {
  t: Translate;
  page: { siteName: string; url: string; status: ThreadStatus } | null;
  /** The brief of the recognised thread. */
  children?: ReactNode;
  /** The reply queue: all of it on a tab without a thread, the other threads' part under a brief. */
  queue?: ReactNode;
}

export function SidePanelView({ t, page, children, queue }: SidePanelViewProps) {
  return (
    <main className="min-h-screen bg-white p-4 text-sm text-gray-800">
      <header className="mb-4 flex items-center gap-2 border-b border-gray-200 pb-3">
        <Logo size={28} />
        <h1 className="text-base font-semibold text-gray-900">{t('sidepanel.title')}</h1>
      </header>
      {page ? (
        <section aria-live="polite" data-lf-page="active" data-lf-thread={page.status}>
          <p className="font-medium text-brand-700">{t('sidepanel.activeOn', { site: page.siteName })}</p>
          <p className="mt-1 mb-4 break-all text-xs text-gray-500">{t('sidepanel.page', { url: page.url })}</p>
          {page.status === 'recognised' ? children : null}
          {page.status === 'not-recognised' ? <p className="text-gray-600">{t('brief.notRecognised')}</p> : null}
          {page.status === 'unreadable' ? <p className="text-gray-600">{t('thread.unreadable')}</p> : null}
          {page.status === 'searching' ? <p className="text-gray-600">{t('brief.searching')}</p> : null}
        </section>
      ) : (
        <p aria-live="polite" data-lf-page="none" className="text-gray-600">
          {t('sidepanel.noPage')}
        </p>
      )}
      {queue}
      <footer className="mt-6 text-xs text-gray-500">{t('app.privacy')}</footer>
    </main>
  );
}
