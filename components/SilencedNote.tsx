// The note left where a silenced kind's findings were, in the badge's panel and the guard's card: which kind will
// no longer be flagged, and an Undo that brings it back at once.
import { useEffect, useRef } from 'react';
import type { Translate } from '../lib/i18n';
import { ruleNameKey } from '../lib/i18n/rule-names';
import { onUserClick } from './user-click';

export function SilencedNote(props: { t: Translate; ruleId: string | null; onUndo: () => void }) {
  const { t, ruleId } = props;
  const undo = useRef<HTMLButtonElement>(null);
  // The button the user pressed went with its finding: the focus moves to the Undo instead of falling to the page.
  useEffect(() => {
    if (ruleId) undo.current?.focus({ preventScroll: true });
  }, [ruleId]);
  const nameKey = ruleId ? ruleNameKey(ruleId) : null;
  if (!ruleId || !nameKey) return null;
  const kind = t(nameKey);
  return (
    <p
      role="status"
      className="mb-2 flex items-center gap-2 rounded-lg bg-gray-100 px-2 py-1 text-gray-800"
      data-lf-silenced={ruleId}
    >
      <span className="flex-1">{t('draft.silenced', { kind })}</span>
      <button
        ref={undo}
        type="button"
        className="rounded-md px-2 py-0.5 text-xs font-medium text-brand-800 ring-1 ring-gray-300 hover:bg-white"
        aria-label={t('draft.silenced.undo.label', { kind })}
        data-lf-silenced-undo=""
        onClick={onUserClick(props.onUndo)}
      >
        {t('draft.silenced.undo')}
      </button>
    </p>
  );
}
