// "Delete all history" in the settings' history section: the same confirmation as on the history page (focus starts
// on Cancel), here so the history can be deleted even when the history page cannot be drawn.
import { useId, useState } from 'react';
import type { Translate } from '../../lib/i18n';
import { ConfirmDialog } from '../history/ConfirmDialog';
import { FOCUS } from './fields';

export type DeleteHistoryState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'deleted' }
  | { kind: 'failed'; error: string };

export interface DeleteAllHistoryProps {
  t: Translate;
  state: DeleteHistoryState;
  /** Called once the user has confirmed. */
  onDelete: () => void;
}

export function DeleteAllHistory({ t, state, onDelete }: DeleteAllHistoryProps) {
  const [confirming, setConfirming] = useState(false);
  const helpId = useId();
  return (
    <div className="mt-4 border-t border-gray-200 pt-3">
      <p id={helpId} className="mb-2 text-gray-600">
        {t('options.deleteHistory.help')}
      </p>
      <button
        type="button"
        aria-describedby={helpId}
        disabled={state.kind === 'busy'}
        className={`rounded-md px-3 py-2 text-red-800 ring-1 ring-red-300 hover:bg-red-50 disabled:opacity-50 ${FOCUS}`}
        onClick={() => setConfirming(true)}
      >
        {t('history.delete.all')}
      </button>
      {/* A live region, not role="status": the page's one status line is the save state. */}
      <p aria-live="polite" className="mt-2 min-h-5 text-gray-700" data-testid="delete-history-status">
        {state.kind === 'busy' ? t('history.busy.delete') : null}
        {state.kind === 'deleted' ? t('history.deletedAll') : null}
        {state.kind === 'failed' ? t('history.failed', { error: state.error }) : null}
      </p>
      {confirming ? (
        <ConfirmDialog
          title={t('history.confirm.allTitle')}
          message={t('history.confirm.all')}
          confirmLabel={t('history.confirm.delete')}
          cancelLabel={t('history.confirm.cancel')}
          closeLabel={t('history.close')}
          onConfirm={() => {
            setConfirming(false);
            onDelete();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
