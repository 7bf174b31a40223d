// Search and filters above the history list: site, date range, tone and action. Every control is labelled.
import { useId } from 'react';
import type { ToneLabel } from '../../lib/analysis/types';
import type { HistoryAction } from '../../lib/db/query';
import type { Translate } from '../../lib/i18n';
import { SITE_IDS, type SiteId } from '../../lib/sites/registry';

export interface FilterState {
  query: string;
  site: SiteId | '';
  from: string;
  to: string;
  tone: ToneLabel | '';
  action: HistoryAction | '';
}

export const EMPTY_FILTERS: FilterState = { query: '', site: '', from: '', to: '', tone: '', action: '' };

const ACTIONS: HistoryAction[] = ['read', 'clean', 'edited', 'anyway', 'abandoned'];
const TONES: ToneLabel[] = ['positive', 'neutral', 'negative'];

export function FilterBar({
  t,
  value,
  onChange,
}: {
  t: Translate;
  value: FilterState;
  onChange: (next: FilterState) => void;
}) {
  const id = useId();
  const set = <K extends keyof FilterState>(key: K, v: FilterState[K]) => onChange({ ...value, [key]: v });
  const field =
    'rounded-md bg-white px-2 py-1.5 ring-1 ring-gray-300 focus:outline-none focus:ring-2 focus:ring-brand-600';
  const active = JSON.stringify(value) !== JSON.stringify(EMPTY_FILTERS);
  return (
    <search className="mb-4 rounded-xl bg-white p-4 ring-1 ring-gray-200" aria-label={t('history.filters')}>
      <label htmlFor={`${id}-q`} className="mb-1 block font-medium text-gray-900">
        {t('history.search')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        className={`${field} mb-3 w-full`}
        placeholder={t('history.search.placeholder')}
        value={value.query}
        onChange={(e) => set('query', e.target.value)}
        data-testid="history-search"
      />
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="text-gray-600">{t('history.filter.site')}</span>
          <select className={field} value={value.site} onChange={(e) => set('site', e.target.value as SiteId | '')}>
            <option value="">{t('history.filter.all')}</option>
            {SITE_IDS.map((site) => (
              <option key={site} value={site}>
                {t(`site.${site}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-gray-600">{t('history.filter.from')}</span>
          <input type="date" className={field} value={value.from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-gray-600">{t('history.filter.to')}</span>
          <input type="date" className={field} value={value.to} onChange={(e) => set('to', e.target.value)} />
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-gray-600">{t('history.filter.tone')}</span>
          <select className={field} value={value.tone} onChange={(e) => set('tone', e.target.value as ToneLabel | '')}>
            <option value="">{t('history.filter.all')}</option>
            {TONES.map((tone) => (
              <option key={tone} value={tone}>
                {t(`history.tone.${tone}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-gray-600">{t('history.filter.action')}</span>
          <select
            className={field}
            value={value.action}
            onChange={(e) => set('action', e.target.value as HistoryAction | '')}
          >
            <option value="">{t('history.filter.all')}</option>
            {ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`history.action.${action}`)}
              </option>
            ))}
          </select>
        </label>
        {active ? (
          <button
            type="button"
            className="rounded-md px-3 py-1.5 text-gray-700 ring-1 ring-gray-300 hover:bg-gray-50"
            onClick={() => onChange(EMPTY_FILTERS)}
          >
            {t('history.filter.reset')}
          </button>
        ) : null}
      </div>
      {value.tone ? <p className="mt-2 text-xs text-gray-500">{t('history.filter.toneHint')}</p> : null}
    </search>
  );
}
