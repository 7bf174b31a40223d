// Export, import and "delete everything": the buttons, progress with a Cancel for an import, and what happened in
// words (a status, or the file's problems).
import { useId, useRef } from 'react';
import type { ImportSummary } from '../../lib/db/transfer/merge';
import type { Translate, UiLanguage } from '../../lib/i18n';
import { problemText } from './import-messages';
import type { ProgressStore } from './progress-store';
import { TransferProgressBar } from './TransferProgressBar';
import type { ExportKind, ImportOutcome } from './transfer-actions';

export type TransferState =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'export' | 'import' | 'delete' }
  | { kind: 'exported'; records: number; name: string }
  | { kind: 'imported'; outcome: ImportOutcome }
  | { kind: 'deleted' }
  | { kind: 'failed'; detail: string };

export interface TransferPanelProps {
  t: Translate;
  lang: UiLanguage;
  state: TransferState;
  /** Progress of the running import or export, reported apart from `state`. */
  progress: ProgressStore;
  onExport: (kind: ExportKind) => void;
  onImport: (file: File) => void;
  onCancelImport: () => void;
  onDeleteAll: () => void;
}

const button = 'rounded-md px-3 py-2 ring-1 ring-gray-300 hover:bg-gray-50 disabled:opacity-50';

export function TransferPanel({
  t,
  lang,
  state,
  progress,
  onExport,
  onImport,
  onCancelImport,
  onDeleteAll,
}: TransferPanelProps) {
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const busy = state.kind === 'busy';
  return (
    <section className="mb-6 rounded-xl bg-white p-4 ring-1 ring-gray-200" aria-labelledby={`${fileId}-h`}>
      <h2 id={`${fileId}-h`} className="mb-1 font-semibold text-gray-900">
        {t('history.transfer')}
      </h2>
      <p className="mb-3 text-gray-600">{t('history.transfer.help')}</p>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={button} disabled={busy} onClick={() => onExport('json')}>
          {t('history.export.json')}
        </button>
        <button type="button" className={button} disabled={busy} onClick={() => onExport('csv')}>
          {t('history.export.csv')}
        </button>
        <label htmlFor={fileId} className={`${button} cursor-pointer focus-within:ring-2 focus-within:ring-brand-600`}>
          {t('history.import')}
          <input
            ref={input}
            id={fileId}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            disabled={busy}
            data-testid="import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Cleared so choosing the same file again (after fixing it) fires a change.
              e.target.value = '';
              if (file) onImport(file);
            }}
          />
        </label>
        <button
          type="button"
          className={`${button} ml-auto text-red-800 ring-red-300 hover:bg-red-50`}
          disabled={busy}
          onClick={onDeleteAll}
        >
          {t('history.delete.all')}
        </button>
      </div>
      {state.kind === 'busy' && state.what !== 'delete' ? (
        <TransferProgressBar t={t} lang={lang} what={state.what} store={progress} />
      ) : null}
      {state.kind === 'busy' && state.what === 'import' ? (
        <button type="button" className={`${button} mt-2`} onClick={onCancelImport}>
          {t('history.import.cancel')}
        </button>
      ) : null}
      <TransferStatus t={t} state={state} />
    </section>
  );
}

function TransferStatus({ t, state }: { t: Translate; state: TransferState }) {
  if (state.kind === 'imported' && !state.outcome.ok && 'problems' in state.outcome) {
    return (
      <div
        role="alert"
        className="mt-3 rounded-lg bg-rose-50 p-3 text-rose-900 ring-1 ring-rose-200"
        data-testid="import-problems"
      >
        <p className="font-semibold">{t('import.refused')}</p>
        <ul className="mt-1 list-disc pl-5">
          {state.outcome.problems.map((problem) => (
            <li key={`${problem.code}-${'index' in problem ? problem.index : ''}`}>{problemText(t, problem)}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (state.kind === 'imported' && !state.outcome.ok && 'failure' in state.outcome) {
    return (
      <p
        role="alert"
        className="mt-3 rounded-lg bg-rose-50 p-3 text-rose-900 ring-1 ring-rose-200"
        data-testid="import-problems"
      >
        {state.outcome.failure === 'quota'
          ? t('import.failed.quota')
          : t('import.failed.write', { error: state.outcome.detail })}
      </p>
    );
  }
  return (
    <p role="status" className="mt-3 min-h-5 text-gray-700" data-testid="transfer-status">
      {state.kind === 'busy' ? t(`history.busy.${state.what}`) : null}
      {state.kind === 'exported' ? t('history.exported', { count: state.records, name: state.name }) : null}
      {state.kind === 'imported' && state.outcome.ok ? importedText(t, state.outcome.summary) : null}
      {state.kind === 'imported' && !state.outcome.ok && 'cancelled' in state.outcome ? t('import.cancelled') : null}
      {state.kind === 'deleted' ? t('history.deletedAll') : null}
      {state.kind === 'failed' ? t('history.failed', { error: state.detail }) : null}
    </p>
  );
}

function importedText(t: Translate, s: ImportSummary): string {
  const skipped = s.threads.skipped + s.items.skipped + s.visits.skipped + s.drafts.skipped;
  return t('import.done', {
    threads: s.threads.added,
    items: s.items.added + s.items.merged,
    posts: s.drafts.added,
    skipped,
  });
}
