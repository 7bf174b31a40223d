// The small Listen First button shown in a corner of a supported site; opens a card with the status.
// Props in, callbacks out: it knows nothing of the browser APIs or of the page it sits on.
import { useState } from 'react';
import type { ThreadStatus } from '../lib/content/thread-watch';
import type { Translate } from '../lib/i18n';
import { Logo } from './Logo';

export interface PagePillProps {
  t: Translate;
  siteName: string;
  /** Read when the card is drawn (the user opened it), so the pill does no work while the page changes. */
  status: () => ThreadStatus;
  onOpenPanel: () => Promise<boolean>;
  onHide: () => void;
}

export function PagePill({ t, siteName, status, onOpenPanel, onHide }: PagePillProps) {
  const [open, setOpen] = useState(false);
  const [panelRefused, setPanelRefused] = useState(false);

  if (!open) {
    return (
      <button
        type="button"
        className="fixed right-4 bottom-4 z-[2147483647] rounded-xl p-1 shadow-lg ring-1 ring-black/10 bg-white hover:bg-brand-50"
        aria-label={t('pill.open')}
        title={t('pill.open')}
        aria-expanded="false"
        onClick={() => setOpen(true)}
      >
        <Logo size={28} />
      </button>
    );
  }

  return (
    <section
      role="dialog"
      aria-label={t('app.name')}
      className="fixed right-4 bottom-4 z-[2147483647] w-72 rounded-xl bg-white p-4 text-sm shadow-xl ring-1 ring-black/10"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <header className="mb-2 flex items-center gap-2">
        <Logo size={24} />
        <h2 className="flex-1 text-base font-semibold text-gray-900">{t('app.name')}</h2>
        <button
          type="button"
          className="rounded-md px-2 text-lg leading-none text-gray-500 hover:bg-gray-100"
          aria-label={t('pill.close')}
          onClick={() => setOpen(false)}
        >
          ×
        </button>
      </header>
      <p className="font-medium text-brand-700" data-lf-status="active">
        {t('pill.activeOn', { site: siteName })}
      </p>
      {status() === 'unreadable' ? (
        <p className="mt-2 text-gray-800" data-lf-thread="unreadable">
          {t('thread.unreadable')}
        </p>
      ) : null}
      {panelRefused ? <p className="mt-2 text-xs text-gray-600">{t('pill.hint')}</p> : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className="rounded-md bg-brand-700 px-3 py-1 font-medium text-white hover:bg-brand-800"
          onClick={() => {
            void onOpenPanel().then((opened) => setPanelRefused(!opened));
          }}
        >
          {t('popup.openSidePanel')}
        </button>
        <button type="button" className="rounded-md px-3 py-1 text-gray-700 hover:bg-gray-100" onClick={onHide}>
          {t('pill.hide')}
        </button>
      </div>
      <p className="mt-3 text-xs text-gray-500">{t('app.privacy')}</p>
    </section>
  );
}
