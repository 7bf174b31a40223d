// The findings of a draft as a list: the flagged words, why, how sure, a better phrasing to apply, "ignore this
// phrase" and "don't flag this kind". Shared by the badge's panel and the guard's card.

import { memo } from 'react';
import type { FindingView } from '../lib/content/composer-view';
import type { MessageKey, Translate } from '../lib/i18n';
import { ruleNameKey } from '../lib/i18n/rule-names';
import { onUserClick } from './user-click';

const SEVERITY_STYLE = {
  warn: 'bg-red-100 text-red-800',
  caution: 'bg-amber-100 text-amber-800',
  info: 'bg-blue-100 text-blue-800',
} as const;

export interface FindingListProps {
  t: Translate;
  findings: FindingView[];
  onApply: (index: number, replacement: string) => void;
  onIgnore: (phrase: string) => void;
  onSilence: (ruleId: string) => void;
}

/** Memoised: the hub keeps the findings array while the draft's verdict stays, so scrolling redraws no list. */
export const FindingList = memo(function FindingList({ t, findings, onApply, onIgnore, onSilence }: FindingListProps) {
  return (
    <ul className="flex flex-col gap-2">
      {findings.map((f) => {
        const nameKey = ruleNameKey(f.ruleId);
        return (
          <li
            key={`${f.index}:${f.ruleId}`}
            className="rounded-lg border border-gray-200 p-2"
            data-lf-rule={f.ruleId}
            data-lf-severity={f.severity}
          >
            <div className="mb-1 flex items-center gap-2 text-xs">
              <span className={`rounded px-1.5 font-semibold ${SEVERITY_STYLE[f.severity]}`}>
                {t(`severity.${f.severity}` as MessageKey)}
              </span>
              <span className="font-medium text-gray-700">{t(`category.${f.category}` as MessageKey)}</span>
              <span className="ml-auto text-gray-400">
                {t('draft.finding.sure', { percent: Math.round(f.confidence * 100) })}
              </span>
            </div>
            {f.actual ? <q className="block truncate font-semibold text-gray-900">{f.actual}</q> : null}
            <p className="text-gray-700">{f.message}</p>
            {f.suggestions.length > 0 || f.actual || nameKey ? (
              <div className="mt-1 flex flex-wrap gap-1">
                {f.suggestions.slice(0, 3).map((s) => (
                  <button
                    key={s}
                    type="button"
                    className="rounded-md bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 hover:bg-brand-100"
                    data-lf-apply={s}
                    onClick={onUserClick(() => onApply(f.index, s))}
                  >
                    {s ? t('draft.finding.use', { text: s }) : t('draft.finding.remove')}
                  </button>
                ))}
                {f.actual ? (
                  <button
                    type="button"
                    className="rounded-md px-2 py-0.5 text-xs text-gray-600 hover:bg-gray-100"
                    data-lf-ignore=""
                    onClick={onUserClick(() => onIgnore(f.actual))}
                  >
                    {t('draft.finding.ignore')}
                  </button>
                ) : null}
                {nameKey ? <SilenceButton t={t} ruleId={f.ruleId} kind={t(nameKey)} onSilence={onSilence} /> : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
});

/** "Don't flag this kind", named with the kind for screen readers, since every finding in the list has one. */
function SilenceButton(props: { t: Translate; ruleId: string; kind: string; onSilence: (ruleId: string) => void }) {
  const { t, ruleId, kind } = props;
  const label = t('draft.finding.silence.label', { kind });
  return (
    <button
      type="button"
      className="rounded-md px-2 py-0.5 text-xs text-gray-600 hover:bg-gray-100"
      aria-label={label}
      title={label}
      data-lf-silence={ruleId}
      onClick={onUserClick(() => props.onSilence(ruleId))}
    >
      {t('draft.finding.silence')}
    </button>
  );
}
