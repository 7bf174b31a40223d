// The toolbar popup: is Listen First running on this page, and the way to the side panel and settings.

import type { ReactNode } from 'react';
import type { ThreadStatus } from '../lib/content/thread-watch';
import type { TodayCounts } from '../lib/db/query';
import type { Translate } from '../lib/i18n';
import { Logo } from './Logo';

export type PopupPageState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | {
      kind: 'active';
      siteName: string;
      thread: { status: ThreadStatus; items: number };
    }
  | { kind: 'off'; siteName: string };

export interface PopupViewProps {
  t: Translate;
  page: PopupPageState;
  /** Null while loading or when the history cannot be read. */
  today: TodayCounts | null;
  guardOn: boolean;
  /** The storage-full notice, in words, when there is one. */
  notice: string | null;
  /** The oldest entries of the reply queue. */
  queue?: ReactNode;
  onOpenSidePanel: () => void;
  onOpenSettings: () => void;
  onOpenHistory: () => void;
  /** Saves the page shape report of the tab (offered when its comments can't be read). */
  onSaveShape: () => void;
  /** The last save failed: no content script answered, or it had no report. */
  shapeFailed: boolean;
}

export function PopupView({
  queue,
  t,
  page,
  today,
  guardOn,
  notice,
  onOpenSidePanel,
  onOpenSettings,
  onOpenHistory,
  onSaveShape,
  shapeFailed,
}: PopupViewProps) {
  const unreadable = page.kind === 'active' && page.thread.status === 'unreadable';
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
                  : page.thread.status === 'unreadable'
                    ? t('thread.unreadable')
                    : t('popup.threadSearching')}
            </span>
          </>
        ) : null}
        {page.kind === 'off' ? t('popup.siteOff', { site: page.siteName }) : null}
        {page.kind === 'active' ? (
          <span className="mt-1 block text-xs text-gray-600" data-lf-guard={guardOn ? 'on' : 'off'}>
            {guardOn ? t('popup.guardOn') : t('popup.guardOff')}
          </span>
        ) : null}
      </p>
      {unreadable ? (
        <section className="mb-3 rounded-lg bg-amber-50 p-3 ring-1 ring-amber-300" data-lf-shape="offer">
          <button
            type="button"
            className="rounded-md bg-white px-3 py-1 font-medium text-gray-900 ring-1 ring-gray-300 hover:bg-gray-50"
            aria-describedby="popup-shape-about"
            onClick={onSaveShape}
          >
            {t('popup.shape.save')}
          </button>
          <p id="popup-shape-about" className="mt-2 text-xs text-gray-700">
            {t('popup.shape.about')}
          </p>
          {shapeFailed ? (
            <p role="alert" className="mt-2 text-xs text-red-800">
              {t('popup.shape.failed')}
            </p>
          ) : null}
        </section>
      ) : null}
      {notice ? (
        <p role="alert" className="mb-3 rounded-lg bg-amber-50 p-2 text-xs text-amber-950 ring-1 ring-amber-300">
          {notice}
        </p>
      ) : null}
      <section className="mb-3" aria-labelledby="popup-today">
        <h2 id="popup-today" className="mb-1 text-xs font-semibold uppercase tracking-wide text-gray-600">
          {t('popup.today')}
        </h2>
        <dl className="grid grid-cols-3 gap-2 text-center" data-testid="popup-today">
          {(
            [
              ['threads', t('popup.today.threads')],
              ['posts', t('popup.today.posts')],
              ['overridden', t('popup.today.overridden')],
            ] as const
          ).map(([key, label]) => (
            // The number shows above its label, but the label comes first, as a <dl> requires.
            <div key={key} className="flex flex-col-reverse rounded-lg bg-gray-50 p-2">
              <dt className="text-xs text-gray-600">{label}</dt>
              <dd className="text-lg font-semibold text-gray-900" data-lf-today={key}>
                {today ? today[key] : '–'}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {queue ? <div className="mb-3">{queue}</div> : null}
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
        <button
          type="button"
          className="rounded-md px-3 py-2 text-gray-700 ring-1 ring-gray-300 hover:bg-gray-50"
          onClick={onOpenHistory}
        >
          {t('popup.openHistory')}
        </button>
      </div>
      <p className="mt-3 text-xs text-gray-500">{t('app.privacy')}</p>
    </main>
  );
}
