// Full-text search of the history: the newest records whose words start with every term, under the page's filters.
// Cost follows the answer, not the history's size: rare terms read their few keys, common ones the newest records.
import type { Table } from 'dexie';
import {
  draftEntry,
  draftMatches,
  type HistoryEntry,
  type HistoryFilter,
  itemEntry,
  itemMatches,
  newestFirst,
  threadEntry,
  threadMatches,
} from './query';
import type { HistoryDb, StoredDraft, StoredItem, StoredThread } from './schema';
import { queryTerms } from './search-words';

/** Search shows this many hits; a term that matches more asks for a sharper search, not a longer wait. */
export const SEARCH_LIMIT = 50;

/**
 * Where a search changes its way in. Tests pass small caps to drive every path on a small history.
 * - keyCap: index keys read per term before the term counts as common. A key costs about a tenth of a record, so
 *   below it a term's full key set is the cheap way in; above it, the newest records hold enough hits (a term on
 *   more than 2,000 of 100,000 records fills a page within a few thousand of them).
 * - scanCap: records a newest-first walk reads before it gives up and intersects the full key sets instead.
 */
export interface SearchCaps {
  keyCap: number;
  scanCap: number;
}

export const SEARCH_CAPS: SearchCaps = { keyCap: 2_000, scanCap: 6_000 };
/** The first scan chunk: a dense term fills a page from it. Later chunks double, up to the last. */
const FIRST_CHUNK = 128;
const LAST_CHUNK = 1_024;
/** Up to this many candidates are read outright; more are found through time windows (see newestOf). */
const SPARSE = 600;
/** Records read per bulkGet while filling a page: a few more than a page, as filters may drop some. */
const READ_CHUNK = 64;

export interface SearchResult {
  entries: HistoryEntry[];
  /** True when more hits exist than are shown. */
  truncated: boolean;
  terms: string[];
}

/** What a search asks of one table: how its records are keyed, timed and filtered. */
interface TableSearch<T, K> {
  table: Table<T, K, unknown>;
  /** The table's time index, newest last: the order hits are shown in. */
  timeIndex: 'firstSeen' | 'lastSeen' | 'at';
  keyOf: (row: T) => K;
  /** The page's filters on a record; `keep` the ones a key alone decides (the site, for keys that begin with it). */
  matches: (row: T) => boolean;
  keep: (key: K) => boolean;
}

/**
 * Comments, root posts and the user's own texts. Every term must start a word of the record (so "liefer" finds
 * "Lieferung"). The three tables are searched at once and their newest hits merged.
 */
export async function searchHistory(
  db: HistoryDb,
  query: string,
  filter: HistoryFilter = {},
  limit: number = SEARCH_LIMIT,
  caps: SearchCaps = SEARCH_CAPS,
): Promise<SearchResult> {
  const terms = queryTerms(query);
  if (!terms.length) return { entries: [], truncated: false, terms };
  const sitePrefix = filter.site ? `${filter.site}:` : null;
  // Thread and item keys begin with their site: the site filter costs no record reads.
  const keepSite = (key: string) => sitePrefix === null || key.startsWith(sitePrefix);
  const wantRead = !filter.action || filter.action === 'read';
  const wantDrafts = !filter.tone && filter.action !== 'read';
  const bounds = { from: filter.from, to: filter.to };
  // One search per table, with what it needs to know of the table; skipped when the filters rule the table out.
  const run = <T, K>(wanted: boolean, spec: TableSearch<T, K>): Promise<T[]> =>
    wanted ? newestMatching(spec, terms, limit + 1, bounds, caps) : Promise.resolve([]);
  const [threads, items, drafts] = await Promise.all([
    run<StoredThread, string>(wantRead, {
      table: db.threads,
      timeIndex: 'lastSeen',
      keyOf: (t) => t.key,
      matches: (t) => threadMatches(t, filter),
      keep: keepSite,
    }),
    run<StoredItem, string>(wantRead, {
      table: db.items,
      timeIndex: 'firstSeen',
      keyOf: (i) => i.key,
      matches: (i) => itemMatches(i, filter),
      keep: keepSite,
    }),
    run<StoredDraft, number>(wantDrafts, {
      // Drafts' keys are auto-increment numbers, always set once stored, which the insert-friendly type cannot say.
      table: db.drafts as unknown as Table<StoredDraft, number, unknown>,
      timeIndex: 'at',
      keyOf: (d) => d.id as number,
      matches: (d) => draftMatches(d, filter),
      keep: () => true,
    }),
  ]);
  const merged = [...threads.map(threadEntry), ...items.map(itemEntry), ...drafts.map(draftEntry)].sort(newestFirst);
  return { entries: merged.slice(0, limit), truncated: merged.length > limit, terms };
}

/** True when, for every term, one of the record's index words starts with it: the index's own rule, on a record. */
export function hasAllTerms(words: readonly string[] | undefined, terms: readonly string[]): boolean {
  if (!words) return false;
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}

/**
 * The newest `limit` records of one table matching every term and the filters.
 * - Each term's keys are read up to keyCap. A term with none: no hits, nothing more is read.
 * - Some term complete (at most keyCap keys): its keys, intersected with the other complete ones, are the
 *   candidates; the common terms are checked on the candidates' records.
 * - Every term common: walk the newest records and check them; a dense answer fills a page in the first chunks.
 *   Only a rare combination of common terms reaches scanCap, and then the full key sets are intersected.
 */
async function newestMatching<T, K>(
  spec: TableSearch<T, K>,
  terms: string[],
  limit: number,
  bounds: { from?: number; to?: number },
  caps: SearchCaps,
): Promise<T[]> {
  const fetched = await Promise.all(
    terms.map(
      (term) =>
        spec.table
          .where('words')
          .startsWith(term)
          .limit(caps.keyCap + 1)
          .primaryKeys() as Promise<K[]>,
    ),
  );
  if (fetched.some((keys) => keys.length === 0)) return [];
  const accept = (row: T) => hasAllTerms((row as { words?: string[] }).words, terms) && spec.matches(row);
  const complete = fetched.filter((keys) => keys.length <= caps.keyCap);
  if (complete.length > 0) return newestOf(spec, intersect(complete, spec.keep), accept, limit, bounds);
  const scanned = await scanNewest(
    spec,
    (row) => spec.keep(spec.keyOf(row)) && accept(row),
    limit,
    bounds,
    caps.scanCap,
  );
  if (scanned !== null) return scanned;
  return newestOf(spec, await fullIntersection(spec.table, terms, spec.keep), accept, limit, bounds);
}

function intersect<K>(sets: K[][], keep: (key: K) => boolean): Set<K> {
  const [smallest, ...others] = [...sets].sort((a, b) => a.length - b.length);
  const lookups = others.map((keys) => new Set(keys));
  const out = new Set<K>();
  for (const key of smallest ?? []) if (keep(key) && lookups.every((set) => set.has(key))) out.add(key);
  return out;
}

/** Keys of the records that have, for every term, a word starting with it: every key of every term. */
async function fullIntersection<T, K>(
  table: Table<T, K, unknown>,
  terms: string[],
  keep: (key: K) => boolean,
): Promise<Set<K>> {
  let keys: Set<K> | null = null;
  for (const term of terms) {
    const found = (await table.where('words').startsWith(term).primaryKeys()) as K[];
    const next = new Set<K>();
    for (const key of found) if (keep(key) && (keys === null || keys.has(key))) next.add(key);
    keys = next;
    if (keys.size === 0) break;
  }
  return keys ?? new Set();
}

const timeOf = <T>(row: T, index: string) => (row as Record<string, number>)[index] ?? 0;

/**
 * Walks the table newest first in chunks through its time index and keeps the rows `accept` takes, until `limit`
 * are found or the oldest record is passed. Null when `cap` records were read first. Records sharing a time with
 * a chunk's last one are remembered, so the next chunk (which starts at that time) skips them, not the rest.
 */
async function scanNewest<T, K>(
  spec: Pick<TableSearch<T, K>, 'table' | 'timeIndex' | 'keyOf'>,
  accept: (row: T) => boolean,
  limit: number,
  bounds: { from?: number; to?: number },
  cap: number,
): Promise<T[] | null> {
  const out: T[] = [];
  const lower = bounds.from ?? Number.NEGATIVE_INFINITY;
  let upper = bounds.to ?? Number.POSITIVE_INFINITY;
  let tied = new Set<K>();
  let chunk = FIRST_CHUNK;
  let scanned = 0;
  while (out.length < limit && upper >= lower) {
    if (scanned >= cap) return null;
    const want = chunk + tied.size;
    const rows = await spec.table
      .where(spec.timeIndex)
      .between(lower, upper, true, true)
      .reverse()
      .limit(want)
      .toArray();
    for (const row of rows) {
      if (timeOf(row, spec.timeIndex) === upper && tied.has(spec.keyOf(row))) continue;
      scanned += 1;
      if (accept(row)) out.push(row);
      if (out.length >= limit) return out;
    }
    const last = rows.at(-1);
    if (rows.length < want || last === undefined) break;
    const lastAt = timeOf(last, spec.timeIndex);
    if (lastAt !== upper) tied = new Set();
    for (const row of rows) if (timeOf(row, spec.timeIndex) === lastAt) tied.add(spec.keyOf(row));
    upper = lastAt;
    chunk = Math.min(chunk * 2, LAST_CHUNK);
  }
  return out;
}

/**
 * The newest `limit` records among `keys` that pass `accept`. Few keys: read them all. Many: walk back through the
 * time index in windows that double; a window's primary keys come from the index alone (cheap), and only the hits in
 * it are read as records, newest first, until the page is full. Reading every hit would cost seconds at 100,000.
 */
async function newestOf<T, K>(
  spec: Pick<TableSearch<T, K>, 'table' | 'timeIndex'>,
  keys: Set<K>,
  accept: (row: T) => boolean,
  limit: number,
  bounds: { from?: number; to?: number },
): Promise<T[]> {
  const { table, timeIndex: index } = spec;
  if (keys.size === 0) return [];
  if (keys.size <= SPARSE) {
    const rows = (await table.bulkGet([...keys])).filter((row): row is T => row !== undefined && accept(row));
    return rows.sort((a, b) => timeOf(b, index) - timeOf(a, index)).slice(0, limit);
  }
  const [newest] = (await table.orderBy(index).reverse().limit(1).keys()) as number[];
  const [oldest] = (await table.orderBy(index).limit(1).keys()) as number[];
  if (newest === undefined || oldest === undefined) return [];
  const floor = Math.max(bounds.from ?? oldest, oldest);
  let upper = Math.min(bounds.to ?? newest, newest);
  let upperOpen = false;
  let span = Math.max(60_000, Math.floor((newest - oldest) * Math.min(1, (1.5 * limit) / keys.size)));
  const out: T[] = [];
  while (out.length < limit && upper >= floor) {
    const lower = Math.max(floor, upper - span);
    const inWindow = (await table.where(index).between(lower, upper, true, !upperOpen).primaryKeys()) as K[];
    const hits: K[] = [];
    for (let i = inWindow.length - 1; i >= 0; i -= 1) if (keys.has(inWindow[i] as K)) hits.push(inWindow[i] as K);
    for (let i = 0; i < hits.length && out.length < limit; i += READ_CHUNK) {
      for (const row of await table.bulkGet(hits.slice(i, i + READ_CHUNK))) {
        if (row !== undefined && accept(row)) out.push(row);
        if (out.length >= limit) break;
      }
    }
    if (lower === floor) break;
    upper = lower;
    upperOpen = true;
    span *= 2;
  }
  return out;
}
