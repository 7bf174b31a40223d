// The history page: totals, charts, search and filters, the activity list, the thread timeline, export/import and
// deletes. It opens the extension's database directly (same origin as the background), read-mostly.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { deleteDraft, deleteItem, deleteThread } from '../../lib/db/delete';
import {
  type HistoryEntry,
  type HistoryTotals,
  historyTotals,
  type ThreadTimeline,
  threadTimeline,
} from '../../lib/db/query';
import type { HistoryDb } from '../../lib/db/schema';
import { type HistoryStats, historyStats } from '../../lib/db/stats';
import { errorMessage } from '../../lib/error-message';
import type { Translate, UiLanguage } from '../../lib/i18n';
import { showQueueCount } from '../../lib/queue/badge';
import { saveBlob } from '../../lib/ui/save-blob';
import { Logo } from '../Logo';
import { ConfirmDialog } from './ConfirmDialog';
import { EntryRow } from './EntryRow';
import { EMPTY_FILTERS, FilterBar, type FilterState } from './FilterBar';
import { pickedDate } from './format';
import { HistoryCharts } from './HistoryCharts';
import { createProgressStore } from './progress-store';
import { QuotaBanner, type QuotaNotice } from './QuotaBanner';
import { TimelineDialog } from './TimelineDialog';
import { TransferPanel, type TransferState } from './TransferPanel';
import { buildExport, deleteEverything, runImport } from './transfer-actions';
import { toFilter, useHistoryList } from './use-history';

export interface HistoryPageProps {
  t: Translate;
  lang: UiLanguage;
  db: HistoryDb;
  quota: QuotaNotice | null;
  onDismissQuota: () => void;
  onOpenSettings: () => void;
}

type Confirm =
  | { kind: 'entry'; entry: HistoryEntry }
  | { kind: 'item'; key: string }
  | { kind: 'thread'; key: string }
  | { kind: 'all' };

const DAY_MS = 86_400_000;
const CHART_DAYS = 30;

export function HistoryPage({ t, lang, db, quota, onDismissQuota, onOpenSettings }: HistoryPageProps) {
  const [filters, setFilters] = useState<FilterState>(EMPTY_FILTERS);
  const [version, setVersion] = useState(0);
  const { state, loadMore } = useHistoryList(db, filters, version);
  const [totals, setTotals] = useState<HistoryTotals | null>(null);
  const [stats, setStats] = useState<HistoryStats | null>(null);
  const [timelineKey, setTimelineKey] = useState<string | null>(null);
  const [timeline, setTimeline] = useState<ThreadTimeline | null | undefined>(undefined);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [transfer, setTransfer] = useState<TransferState>({ kind: 'idle' });
  // The running import's Cancel: aborting it aborts the import's one transaction.
  const importRun = useRef<AbortController | null>(null);
  const [progress] = useState(createProgressStore);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  // Deletes and imports here change the reply queue too: the toolbar's count follows at once.
  useEffect(() => {
    if (version > 0) void showQueueCount(db, t).catch(() => undefined);
  }, [db, t, version]);
  useEffect(() => {
    if (stats) performance.mark('lf-history-charts-data');
  }, [stats]);

  const filter = toFilter(filters);
  const now = Date.now();
  const to = filter.to ?? now;
  const from = filter.from ?? to - (CHART_DAYS - 1) * DAY_MS;
  const period =
    filter.from === undefined && filter.to === undefined
      ? t('history.charts.last30')
      : t('history.charts.range', { from: pickedDate(lang, from), to: pickedDate(lang, to) });
  const statsKey = `${filter.site ?? ''}|${filters.from}|${filters.to}|${version}`;

  // The charts' read is a few hundred small rows (per-day counts), so it starts with the list's; totals read more of
  // the database, so they start once the list is shown. Both are drawn after it: the list stays the first screen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: statsKey stands for site, dates and data version
  const statsRead = useMemo(() => historyStats(db, { site: filter.site, from, to }), [db, statsKey]);
  const listShown = state.status !== 'loading';
  // biome-ignore lint/correctness/useExhaustiveDependencies: statsKey stands for site, dates and data version
  useEffect(() => {
    if (!listShown) return;
    // Chart.js loads once the list is shown (not before: parsing it would delay the first screen), beside the counts.
    void import('./chart-render');
    let alive = true;
    void historyTotals(db).then((value) => alive && setTotals(value));
    void statsRead.then((value) => alive && setStats(value));
    return () => {
      alive = false;
    };
  }, [db, statsKey, statsRead, listShown]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version reloads the open timeline after a delete in it
  useEffect(() => {
    if (timelineKey === null) return;
    let alive = true;
    setTimeline(undefined);
    void threadTimeline(db, timelineKey).then((value) => alive && setTimeline(value));
    return () => {
      alive = false;
    };
  }, [db, timelineKey, version]);

  const runDelete = async (what: Confirm) => {
    setConfirm(null);
    try {
      if (what.kind === 'all') {
        setTransfer({ kind: 'busy', what: 'delete' });
        await deleteEverything(db);
        setTimelineKey(null);
        setTransfer({ kind: 'deleted' });
      } else if (what.kind === 'thread') {
        await deleteThread(db, what.key);
        setTimelineKey(null);
      } else if (what.kind === 'item') {
        await deleteItem(db, what.key);
      } else {
        const { entry } = what;
        if (entry.kind === 'thread') await deleteThread(db, entry.thread.key);
        else if (entry.kind === 'item') await deleteItem(db, entry.item.key);
        else if (entry.draft.id !== undefined) await deleteDraft(db, entry.draft.id);
      }
    } catch (error) {
      setTransfer({ kind: 'failed', detail: errorMessage(error) });
    }
    changed();
  };

  const confirmText = (what: Confirm): { title: string; message: string } => {
    if (what.kind === 'all') return { title: t('history.confirm.allTitle'), message: t('history.confirm.all') };
    if (what.kind === 'thread' || (what.kind === 'entry' && what.entry.kind === 'thread')) {
      return { title: t('history.confirm.threadTitle'), message: t('history.confirm.thread') };
    }
    if (what.kind === 'entry' && what.entry.kind === 'draft') {
      return { title: t('history.confirm.postTitle'), message: t('history.confirm.post') };
    }
    return { title: t('history.confirm.commentTitle'), message: t('history.confirm.comment') };
  };

  const terms = state.search?.terms ?? [];
  return (
    <main className="mx-auto max-w-6xl p-6 text-sm text-gray-800">
      <header className="mb-6 flex flex-wrap items-center gap-3">
        <Logo size={36} />
        <div className="mr-auto">
          <h1 className="text-xl font-semibold text-gray-900">
            {t('app.name')} · {t('history.title')}
          </h1>
          <p className="text-gray-500">{t('history.subtitle')}</p>
        </div>
        <a className="rounded-md px-3 py-2 ring-1 ring-gray-300 hover:bg-gray-50" href="/report.html">
          {t('report.open')}
        </a>
        <button
          type="button"
          className="rounded-md px-3 py-2 ring-1 ring-gray-300 hover:bg-gray-50"
          onClick={onOpenSettings}
        >
          {t('popup.openSettings')}
        </button>
      </header>

      {quota ? <QuotaBanner t={t} lang={lang} notice={quota} onDismiss={onDismissQuota} /> : null}

      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="history-totals">
        {(
          [
            ['threads', t('history.totals.threads')],
            ['items', t('history.totals.items')],
            ['posts', t('history.totals.posts')],
            ['overridden', t('history.totals.overridden')],
          ] as const
        ).map(([key, label]) => (
          <div key={key} className="rounded-xl bg-white p-3 ring-1 ring-gray-200">
            <dt className="text-xs text-gray-600">{label}</dt>
            <dd className="text-2xl font-semibold text-gray-900" data-lf-total={key}>
              {totals ? totals[key].toLocaleString(lang) : '…'}
            </dd>
          </div>
        ))}
      </dl>

      <HistoryCharts t={t} lang={lang} stats={stats} period={period} />

      <FilterBar t={t} value={filters} onChange={setFilters} />

      <section aria-labelledby="history-list-heading" className="mb-6">
        <h2 id="history-list-heading" className="mb-2 font-semibold text-gray-900">
          {state.search
            ? state.search.truncated
              ? t('history.results.truncated', { shown: state.entries.length })
              : t('history.results', { count: state.entries.length })
            : t('history.activity')}
        </h2>
        <div role="status" className="sr-only">
          {state.status === 'ready' && state.search ? t('history.results', { count: state.entries.length }) : ''}
        </div>
        {state.status === 'loading' ? <p className="text-gray-600">{t('history.loading')}</p> : null}
        {state.status === 'failed' ? (
          <p role="alert" className="text-rose-800">
            {t('history.failed', { error: state.error ?? '' })}
          </p>
        ) : null}
        {state.status === 'ready' && state.entries.length === 0 ? (
          <p className="rounded-xl bg-white p-4 text-gray-600 ring-1 ring-gray-200" data-testid="history-empty">
            {state.search || JSON.stringify(filters) !== JSON.stringify(EMPTY_FILTERS)
              ? t('history.noMatches')
              : t('history.empty')}
          </p>
        ) : null}
        <ul className="space-y-2" data-testid="history-list">
          {state.entries.map((entry) => (
            <EntryRow
              key={
                entry.kind === 'thread'
                  ? entry.thread.key
                  : entry.kind === 'item'
                    ? entry.item.key
                    : `d${entry.draft.id}`
              }
              t={t}
              lang={lang}
              entry={entry}
              terms={terms}
              onOpenThread={setTimelineKey}
              onDelete={(e) => setConfirm({ kind: 'entry', entry: e })}
            />
          ))}
        </ul>
        {state.next !== null ? (
          <button
            type="button"
            className="mt-3 rounded-md px-3 py-2 ring-1 ring-gray-300 hover:bg-gray-50"
            onClick={() => void loadMore()}
          >
            {t('history.more')}
          </button>
        ) : null}
      </section>

      <TransferPanel
        t={t}
        lang={lang}
        state={transfer}
        progress={progress}
        onExport={async (kind) => {
          progress.set(null);
          setTransfer({ kind: 'busy', what: 'export' });
          try {
            const file = await buildExport(db, kind, Date.now(), { onProgress: progress.set });
            saveBlob(file.blob, file.name);
            setTransfer({ kind: 'exported', records: file.records, name: file.name });
          } catch (error) {
            setTransfer({ kind: 'failed', detail: errorMessage(error) });
          }
        }}
        onImport={async (file) => {
          const run = new AbortController();
          importRun.current = run;
          progress.set(null);
          setTransfer({ kind: 'busy', what: 'import' });
          const outcome = await runImport(db, file, { signal: run.signal, onProgress: progress.set }).catch(
            (error: unknown) => ({
              ok: false as const,
              failure: 'write' as const,
              detail: errorMessage(error),
            }),
          );
          importRun.current = null;
          setTransfer({ kind: 'imported', outcome });
          if (outcome.ok) changed();
        }}
        onCancelImport={() => importRun.current?.abort()}
        onDeleteAll={() => setConfirm({ kind: 'all' })}
      />
      <p className="text-xs text-gray-500">{t('app.privacy')}</p>

      {timelineKey !== null ? (
        <TimelineDialog
          t={t}
          lang={lang}
          timeline={timeline}
          terms={terms}
          onClose={() => setTimelineKey(null)}
          onDeleteItem={(key) => setConfirm({ kind: 'item', key })}
          onDeleteThread={(key) => setConfirm({ kind: 'thread', key })}
        />
      ) : null}
      {confirm ? (
        <ConfirmDialog
          {...confirmText(confirm)}
          confirmLabel={t('history.confirm.delete')}
          cancelLabel={t('history.confirm.cancel')}
          closeLabel={t('history.close')}
          onConfirm={() => void runDelete(confirm)}
          onCancel={() => setConfirm(null)}
        />
      ) : null}
    </main>
  );
}
