// Tells the user that the disk was full: what was pruned to make room, and whether anything could not be saved.
import type { Translate, UiLanguage } from '../../lib/i18n';
import { dateTime } from './format';

export interface QuotaNotice {
  at: number;
  /** Days of history kept after the emergency prune. */
  keptDays: number;
  /** Batches or posts that could not be saved even after pruning. */
  lost: number;
}

export function QuotaBanner({
  t,
  lang,
  notice,
  onDismiss,
}: {
  t: Translate;
  lang: UiLanguage;
  notice: QuotaNotice;
  onDismiss: () => void;
}) {
  return (
    <div
      role="alert"
      className="mb-6 flex items-start gap-3 rounded-xl bg-amber-50 p-4 text-amber-950 ring-1 ring-amber-300"
      data-testid="quota-banner"
    >
      <p className="mr-auto">
        {t('quota.pruned', { date: dateTime(lang, notice.at), days: notice.keptDays })}{' '}
        {notice.lost > 0 ? t('quota.lost', { count: notice.lost }) : null}
      </p>
      <button
        type="button"
        className="rounded-md px-3 py-1 ring-1 ring-amber-400 hover:bg-amber-100"
        onClick={onDismiss}
      >
        {t('quota.dismiss')}
      </button>
    </div>
  );
}
