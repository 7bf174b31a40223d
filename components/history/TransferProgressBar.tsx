// The bar shown while an import or export runs: phase, records done of total and percent, as text and as an ARIA
// progressbar. Kept out of the page's live status region, so a screen reader is not read every step aloud.
import type { TransferProgress } from '../../lib/db/transfer/progress';
import type { Translate, UiLanguage } from '../../lib/i18n';
import { type ProgressStore, useProgress } from './progress-store';

export interface TransferProgressBarProps {
  t: Translate;
  lang: UiLanguage;
  what: 'import' | 'export';
  store: ProgressStore;
}

export const progressPercent = ({ done, total }: TransferProgress) =>
  total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;

export function TransferProgressBar({ t, lang, what, store }: TransferProgressBarProps) {
  const progress = useProgress(store);
  if (!progress) return null;
  const percent = progressPercent(progress);
  const number = new Intl.NumberFormat(lang);
  const key =
    what === 'import'
      ? progress.phase === 'writing'
        ? 'history.progress.import.writing'
        : 'history.progress.import.checking'
      : progress.phase === 'writing'
        ? 'history.progress.export.writing'
        : 'history.progress.export.reading';
  const label = t(key, { done: number.format(progress.done), total: number.format(progress.total), percent });
  return (
    <div className="mt-3" data-testid="transfer-progress" data-phase={progress.phase}>
      <div
        role="progressbar"
        aria-label={t(what === 'import' ? 'history.progress.import' : 'history.progress.export')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={label}
        className="h-2 w-full overflow-hidden rounded-full bg-gray-200"
      >
        <div className="h-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-sm text-gray-700" data-testid="transfer-progress-label">
        {label}
      </p>
    </div>
  );
}
