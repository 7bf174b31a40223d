// The reply queue as a list: who waits, where, since when (in words and colour), with "open" and "done".
// Shared by the side panel (all, or "elsewhere" under a brief) and the popup (the oldest few).
import type { StoredQueueEntry } from '../../lib/db/schema';
import type { Translate } from '../../lib/i18n';
import { waitAge, waitClass } from '../../lib/queue/age';
import { SITES } from '../../lib/sites/registry';

export interface QueueListProps {
  t: Translate;
  entries: StoredQueueEntry[];
  /** How many wait in all; `entries` holds the oldest of them. */
  total: number;
  now: number;
  /** 'all' on a tab without a thread, 'elsewhere' under a thread's brief. */
  heading: 'all' | 'elsewhere';
  /** Shows this many and counts the rest (the popup); all when absent. */
  max?: number;
  onOpen: (entry: StoredQueueEntry) => void;
  onDone: (entry: StoredQueueEntry) => void;
}

const WAIT_STYLE = {
  fresh: 'border-emerald-600 bg-emerald-50 text-emerald-900',
  day: 'border-amber-600 bg-amber-50 text-amber-900',
  late: 'border-rose-700 bg-rose-50 text-rose-900',
} as const;

export function QueueList({ t, entries, total, now, heading, max, onOpen, onDone }: QueueListProps) {
  const shown = max === undefined ? entries : entries.slice(0, max);
  const rest = Math.max(total, entries.length) - shown.length;
  return (
    <section aria-labelledby="lf-queue-heading" data-lf-queue={heading} className="mt-4">
      <h2 id="lf-queue-heading" className="mb-2 font-semibold text-gray-900">
        {t(heading === 'all' ? 'queue.title' : 'queue.elsewhere')}
        {entries.length ? (
          <span className="ml-1 font-normal text-gray-600">({Math.max(total, entries.length)})</span>
        ) : null}
      </h2>
      {entries.length === 0 ? (
        <p className="text-gray-600">{t('queue.empty')}</p>
      ) : (
        <ol className="space-y-2">
          {shown.map((entry) => {
            const wait = waitClass(entry.at, now);
            const age = waitAge(entry.at, now);
            const site = SITES[entry.site]?.name ?? entry.site;
            return (
              <li
                key={entry.key}
                data-lf-queue-entry={entry.key}
                data-lf-wait={wait}
                className={`rounded border-l-4 p-2 ${WAIT_STYLE[wait]}`}
              >
                <p className="text-xs">
                  <strong>{t(entry.kind === 'complaint' ? 'queue.kind.complaint' : 'queue.kind.question')}</strong>
                  {' · '}
                  {t(`queue.age.${age.unit}`, { n: age.n })} ({t(`queue.wait.${wait}`)})
                </p>
                <p className="mt-1 text-gray-900">{t('queue.by', { author: entry.author, site })}</p>
                <p className="mt-1 break-words text-gray-800">
                  <q>{entry.words}</q>
                </p>
                <div className="mt-2 flex gap-2">
                  {entry.url ? (
                    <button
                      type="button"
                      className="rounded border border-gray-400 bg-white px-2 py-1 text-xs text-gray-900 hover:bg-gray-50"
                      aria-label={t('queue.open.label', { author: entry.author, site })}
                      onClick={() => onOpen(entry)}
                    >
                      {t('queue.open')}
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="rounded border border-gray-400 bg-white px-2 py-1 text-xs text-gray-900 hover:bg-gray-50"
                    aria-label={t('queue.done.label', { author: entry.author })}
                    onClick={() => onDone(entry)}
                  >
                    {t('queue.done')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {rest > 0 ? (
        <p className="mt-2 text-xs text-gray-600">
          {max === undefined
            ? t('queue.moreHere', { shown: shown.length, total: Math.max(total, entries.length) })
            : t('queue.more', { count: rest })}
        </p>
      ) : null}
    </section>
  );
}
