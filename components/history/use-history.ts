// The history list's data: the newest activity or the search hits under the filters, paged, reloaded on change.
// Marks 'lf-history-first-screen' and 'lf-history-search' for the benchmark (performance marks cost nothing).
import { useCallback, useEffect, useRef, useState } from 'react';
import { type HistoryEntry, type HistoryFilter, listActivity } from '../../lib/db/query';
import type { HistoryDb } from '../../lib/db/schema';
import { searchHistory } from '../../lib/db/search';
import { errorMessage } from '../../lib/error-message';
import type { FilterState } from './FilterBar';
import { dayBound } from './format';

export interface HistoryListState {
  status: 'loading' | 'ready' | 'failed';
  entries: HistoryEntry[];
  /** Paging cursor of the activity list; null when all is shown (always null for search). */
  next: number | null;
  search: { terms: string[]; truncated: boolean } | null;
  error?: string;
}

export function toFilter(state: FilterState): HistoryFilter {
  return {
    site: state.site || undefined,
    from: dayBound(state.from, false),
    to: dayBound(state.to, true),
    tone: state.tone || undefined,
    action: state.action || undefined,
  };
}

/** Debounce for typing in the search box; filters apply at once. */
const SEARCH_PAUSE_MS = 150;

export function useHistoryList(db: HistoryDb, filters: FilterState, version: number) {
  const [state, setState] = useState<HistoryListState>({ status: 'loading', entries: [], next: null, search: null });
  const request = useRef(0);
  const firstScreen = useRef(false);
  const query = filters.query.trim();
  const filterKey = JSON.stringify(toFilter(filters));

  // biome-ignore lint/correctness/useExhaustiveDependencies: filterKey stands for the filters; version forces a reload after deletes and imports
  useEffect(() => {
    const id = ++request.current;
    const filter = toFilter(filters);
    const run = async () => {
      try {
        if (query) {
          performance.mark('lf-history-search-start');
          const result = await searchHistory(db, query, filter);
          if (id !== request.current) return;
          setState({ status: 'ready', entries: result.entries, next: null, search: result });
        } else {
          const page = await listActivity(db, filter);
          if (id !== request.current) return;
          setState({ status: 'ready', entries: page.entries, next: page.next, search: null });
        }
      } catch (error) {
        if (id !== request.current) return;
        setState((s) => ({ ...s, status: 'failed', error: errorMessage(error) }));
      }
    };
    if (!query) {
      void run();
      return;
    }
    const timer = setTimeout(run, SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [db, query, filterKey, version]);

  // After React has committed the rows: the moment the user sees them.
  useEffect(() => {
    if (state.status !== 'ready') return;
    if (!firstScreen.current) {
      firstScreen.current = true;
      performance.mark('lf-history-first-screen');
    }
    if (state.search) performance.mark('lf-history-search-done');
  }, [state]);

  const loadMore = useCallback(async () => {
    if (state.next === null || state.search) return;
    const id = request.current;
    const page = await listActivity(db, toFilter(filters), state.next);
    if (id !== request.current) return;
    setState((s) => ({ ...s, entries: [...s.entries, ...page.entries], next: page.next }));
  }, [db, filters, state.next, state.search]);

  return { state, loadMore };
}
