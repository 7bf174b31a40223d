// The local history database ('listen-first'): typed tables, and every schema version as dated data.
// Opened only in the background and extension pages, so it lives in the extension's origin, never in a site's.
import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Category, Severity, ToneLabel, Verdict } from '../analysis/types';
import type { SiteId } from '../sites/registry';
import { fillDayTotals } from './day-totals';
import { refillQueue } from './queue';
import { searchWords } from './search-words';

export const DB_NAME = 'listen-first';

/** A thread the user has read; key `${site}:${id}`. */
export interface StoredThread {
  key: string;
  site: SiteId;
  /** The site's own thread id (post URN, status id, story id). */
  id: string;
  url: string;
  rootText?: string;
  rootAuthor?: string;
  /** ms since epoch; firstSeen never changes, lastSeen moves with every batch and drives retention. */
  firstSeen: number;
  lastSeen: number;
  /** Search index words of the root post and its author (v3). */
  words: string[];
  /** Counts over the thread's stored items, kept by every write (v3): the history list filters by tone without reading items. */
  summary: ThreadSummary;
}

export interface ThreadSummary {
  items: number;
  positive: number;
  neutral: number;
  negative: number;
  own: number;
}

export interface StoredItemFlags {
  hostile: boolean;
  promotional: boolean;
  complaint: boolean;
  question: boolean;
  /** Watchlist keywords the item matched. */
  watchlist: string[];
}

/** One item as the content script reads and analyses it: the shape of a history batch's items. */
export interface StoredItemInput {
  id: string;
  /** The parent's site item id (not a key), null for a top-level comment. */
  parentId: string | null;
  author: { name: string; handle?: string; profileUrl?: string };
  text: string;
  /** When it was written (ms since epoch), null when the page showed no parseable time. */
  time: number | null;
  permalink?: string;
  own: boolean;
  tone: ToneLabel;
  toneScore: number;
  flags: StoredItemFlags;
  /**
   * Set when the text was cut to COMMENT_CHARS (lib/limits.ts). Not indexed, so no schema version: Dexie stores
   * any field, and rows from before simply lack it.
   */
  truncated?: true;
}

/** A comment or reply; key `${site}:${id}` because item ids are unique per site, not per thread. */
export interface StoredItem extends StoredItemInput {
  key: string;
  site: SiteId;
  /** The thread the item was first seen in. */
  threadKey: string;
  firstSeen: number;
  /** Last time any stored field changed; equals firstSeen until then. */
  updatedAt: number;
  /** How many texts the item has had: 1 until its author edits it. Only the count is kept, not old texts. */
  textVersions: number;
  /** Search index words of text and author (v3). */
  words: string[];
  /**
   * Start of the visit in which the user first had the comment on screen (lib/db/seen.ts); absent while never. Not
   * indexed, so no schema version; rows from before it count as seen by the visits they were read in.
   */
  seenAt?: number;
}

/** One page visit of a thread: what "new since your last visit" is measured against. */
export interface StoredVisit {
  id?: number;
  threadKey: string;
  at: number;
}

/** How a guarded submit ended. Persisted ids: renaming one needs a migration. */
export type DraftOutcome = 'clean' | 'edited' | 'anyway' | 'abandoned';

export interface StoredDraftFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** The flagged words; absent when the user keeps statistics only. */
  actual?: string;
}

/** One submit the guard saw: posted clean, edited after a warning, posted anyway, or abandoned after a warning. */
export interface StoredDraft {
  id?: number;
  /** ms since epoch of the submit (or of giving up, for 'abandoned'). */
  at: number;
  site: SiteId;
  /** `${site}:${threadId}` when the composer belonged to a recognised thread, else null (a new post). */
  threadKey: string | null;
  url: string;
  composer: 'comment' | 'reply' | 'post';
  outcome: DraftOutcome;
  verdict: Verdict;
  findings: StoredDraftFinding[];
  /** The posted (or abandoned) text; absent when the user keeps statistics only. */
  text?: string;
  chars: number;
  lang: string;
  /** Search index words of the text (v3); empty when no text is kept. */
  words: string[];
}

/** One site's chart counts of one local day (v4), kept by every write: the charts read these, not the items. */
export interface StoredDay {
  /** Local calendar day, YYYY-MM-DD (dayOf in day-totals.ts). */
  day: string;
  site: SiteId;
  /** Others' comments by tone, on the day they were written (time, else firstSeen). */
  positive: number;
  neutral: number;
  negative: number;
  /** The user's guarded submits by outcome, on the day of the submit; abandoned ones are not posts. */
  clean: number;
  edited: number;
  anyway: number;
  /** ms delays of the own replies written this day that answer a measurable parent (StoredReply.delay), ascending. */
  delays: number[];
}

/**
 * One own item with a parent and a page-given time (v4), whether or not its parent is stored yet: a parent's write
 * finds its replies through the `parent` index to refresh `delay`, and the reply's day row swaps the old delay for it.
 */
export interface StoredReply {
  /** The own item's key. */
  key: string;
  site: SiteId;
  /** The parent's item key. */
  parent: string;
  /** Local day of the reply's time. */
  day: string;
  /** The reply's page-given time (ms since epoch), kept to recompute the delay when the parent changes. */
  time: number;
  /** ms from the parent's time to the reply's; null while the parent is missing, own, without a time, or later. */
  delay: number | null;
}

/**
 * One question or complaint by someone else that waits for the user's answer, or that the user marked done. Answered
 * ones are not kept: the row goes when the answer is read. Persisted ids: kind and state need a migration to rename.
 */
export interface StoredQueueEntry {
  /** The item's key. */
  key: string;
  threadKey: string;
  site: SiteId;
  kind: 'question' | 'complaint';
  author: string;
  /** The first words of the comment, for the list. */
  words: string;
  /** When it was written (or first read): the wait is measured from here. */
  at: number;
  /** The comment's https permalink, else its thread's https URL, else empty. */
  url: string;
  state: 'open' | 'done';
}

export type HistoryDb = Dexie & {
  threads: EntityTable<StoredThread, 'key'>;
  items: EntityTable<StoredItem, 'key'>;
  visits: EntityTable<StoredVisit, 'id'>;
  drafts: EntityTable<StoredDraft, 'id'>;
  days: Table<StoredDay, [string, SiteId]>;
  replies: EntityTable<StoredReply, 'key'>;
  queue: EntityTable<StoredQueueEntry, 'key'>;
};

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Named, so a failing migration shows up by name in a stack trace. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every version ever shipped, oldest first; append, never edit a shipped entry (users' databases were built from it).
 * Dexie needs only the changed tables in a later version; a null store deletes the table.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  // 2026-11-25, v1: threads, items, visits. [threadKey+at] finds a thread's previous visit without a scan;
  // threads.lastSeen drives retention; items.threadKey loads a thread and deletes it with its thread.
  {
    version: 1,
    stores: {
      threads: 'key, lastSeen',
      items: 'key, threadKey',
      visits: '++id, threadKey, at, [threadKey+at]',
    },
  },
  // 2026-11-25, v2: drafts, one row per guarded submit. `at` serves "today" and retention, threadKey the
  // "already commented here" count. A new table only: v1 data stays as it is, so no upgrade function.
  {
    version: 2,
    stores: {
      drafts: '++id, at, threadKey',
    },
  },
  // 2026-12-02, v3: full-text search and the history page. Every table gets a multi-entry `*words` index, items a
  // `firstSeen` index (newest comments first), drafts an `outcome` index (counts without reading), and each thread a summary of its items' tones, so the history list
  // filters and sorts without reading 100,000 items. The upgrade fills all three from what is stored.
  {
    version: 3,
    stores: {
      threads: 'key, lastSeen, *words',
      items: 'key, threadKey, firstSeen, *words',
      drafts: '++id, at, threadKey, outcome, *words',
    },
    upgrade: async function indexWordsAndSummarise(tx) {
      const summaries = new Map<string, ThreadSummary>();
      await tx
        .table('items')
        .toCollection()
        .modify((item: StoredItem) => {
          item.words = itemWords(item);
          addToSummary(summaries, item, 1);
        });
      await tx
        .table('threads')
        .toCollection()
        .modify((thread: StoredThread) => {
          thread.words = threadWords(thread);
          thread.summary = summaries.get(thread.key) ?? emptySummary();
        });
      await tx
        .table('drafts')
        .toCollection()
        .modify((draft: StoredDraft) => {
          draft.words = searchWords(draft.text);
        });
    },
  },
  // 2026-12-06, v4: the history charts from per-day rows. `days` holds each site's tones, posts and reply delays per
  // local day (key [day+site]): a month's charts read about a hundred rows. `replies` holds one row per own reply with
  // its delay, indexed by parent, so a parent that arrives or changes later updates its replies' delays. The upgrade
  // recounts both tables from what is stored.
  {
    version: 4,
    stores: {
      days: '[day+site]',
      replies: 'key, parent',
    },
    upgrade: async function countDays(tx) {
      await fillDayTotals(tx);
    },
  },
  // 2026-12-06, v5: the reply queue, the open questions and complaints of every thread, oldest first by [state+at];
  // threadKey replaces a thread's rows when its items change. The upgrade fills it from the stored items.
  {
    version: 5,
    stores: {
      queue: 'key, threadKey, [state+at]',
    },
    upgrade: async function fillReplyQueue(tx) {
      await refillQueue(tx.table('items'), tx.table('threads'), tx.table('queue'));
    },
  },
];

export const emptySummary = (): ThreadSummary => ({ items: 0, positive: 0, neutral: 0, negative: 0, own: 0 });

export const itemWords = (item: Pick<StoredItem, 'text' | 'author'>): string[] =>
  searchWords(item.text, item.author.name, item.author.handle);

export const threadWords = (thread: Pick<StoredThread, 'rootText' | 'rootAuthor'>): string[] =>
  searchWords(thread.rootText, thread.rootAuthor);

/** Adds (sign 1) or removes (sign -1) one item's share of its thread's summary. */
export function addToSummary(
  summaries: Map<string, ThreadSummary>,
  item: Pick<StoredItem, 'threadKey' | 'tone' | 'own'>,
  sign: 1 | -1,
): void {
  let summary = summaries.get(item.threadKey);
  if (!summary) {
    summary = emptySummary();
    summaries.set(item.threadKey, summary);
  }
  applyToSummary(summary, item, sign);
}

export function applyToSummary(summary: ThreadSummary, item: Pick<StoredItem, 'tone' | 'own'>, sign: 1 | -1): void {
  summary.items += sign;
  summary[item.tone] += sign;
  if (item.own) summary.own += sign;
}

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;

export interface OpenOptions {
  /** Defaults to DB_NAME; tests pass their own. */
  name?: string;
  /** Tests pass fake-indexeddb's { indexedDB, IDBKeyRange } here. */
  dexie?: DexieOptions;
  /** Declare versions only up to this one: migration tests seed an old schema with it. */
  upTo?: number;
}

/** A Dexie instance with the schema declared; Dexie opens it lazily on the first query (or call db.open()). */
export function createHistoryDb(options: OpenOptions = {}): HistoryDb {
  const db = new Dexie(options.name ?? DB_NAME, options.dexie) as HistoryDb;
  const upTo = options.upTo ?? LATEST_VERSION;
  for (const entry of SCHEMA_VERSIONS) {
    if (entry.version > upTo) break;
    const declared = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) declared.upgrade(entry.upgrade);
  }
  return db;
}
