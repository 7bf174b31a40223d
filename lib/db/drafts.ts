// The guard's history: one row per guarded submit, and what the next draft needs to know from it (how often the
// user already commented here and today, and their recent texts for the copy-paste check).
import { clip, DRAFT_STORED_CHARS, FINDING_ACTUAL_CHARS, FINDINGS_PER_DRAFT } from '../limits';
import type { SiteId } from '../sites/registry';
import { added, dayTables, keepDayTotals } from './day-totals';
import type { HistoryDb, StoredDraft, StoredDraftFinding } from './schema';
import { searchWords } from './search-words';

export type { DraftOutcome, StoredDraft } from './schema';

/** A guarded submit as the background stores it: a checked message with the sender's site and thread key. */
export type DraftRecord = Omit<StoredDraft, 'id' | 'words'>;

const DAY_MS = 86_400_000;
/** Copy-paste looks back two weeks: what readers of the user's channels may still remember. */
const RECENT_MS = 14 * DAY_MS;
const RECENT_POSTS = 50;

export interface DraftContextFacts {
  /** Posted drafts in this thread (any outcome but 'abandoned'). */
  inThread: number;
  /** Posted drafts since local midnight, on this site. */
  today: number;
  /** Texts posted in the last two weeks, newest first (the command line and tests; the extension never sends them). */
  recentPosts: string[];
}

export const posted = (draft: Pick<StoredDraft, 'outcome'>) => draft.outcome !== 'abandoned';

/** Start of the local calendar day of `now`: "today" follows the user's clock. */
export function localMidnight(now: number): number {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  return midnight.getTime();
}

/** Copies the fields we store, field by field: a message may carry more than its type says. */
export async function recordDraft(db: HistoryDb, draft: DraftRecord): Promise<number> {
  const row: StoredDraft = {
    at: draft.at,
    site: draft.site,
    threadKey: draft.threadKey,
    url: draft.url,
    composer: draft.composer,
    outcome: draft.outcome,
    verdict: draft.verdict,
    findings: draft.findings.slice(0, FINDINGS_PER_DRAFT).map((f) => {
      const finding: StoredDraftFinding = { ruleId: f.ruleId, category: f.category, severity: f.severity };
      if (typeof f.actual === 'string') finding.actual = clip(f.actual, FINDING_ACTUAL_CHARS);
      return finding;
    }),
    chars: draft.chars,
    lang: draft.lang,
    words: [],
  };
  if (typeof draft.text === 'string') {
    row.text = clip(draft.text, DRAFT_STORED_CHARS);
    row.words = searchWords(row.text);
  }
  return db.transaction('rw', [db.drafts, ...dayTables(db)], async () => {
    const id = (await db.drafts.add(row)) as number;
    await keepDayTotals(db, { drafts: [added(row)] });
    return id;
  });
}

/** How often the user posted in this thread and since local midnight, on one site: counts, never texts. */
export async function draftActivity(
  db: HistoryDb,
  site: SiteId,
  threadId: string | null,
  now: number,
): Promise<Pick<DraftContextFacts, 'inThread' | 'today'>> {
  const [inThread, today] = await Promise.all([
    threadId ? db.drafts.where('threadKey').equals(`${site}:${threadId}`).filter(posted).count() : Promise.resolve(0),
    db.drafts
      .where('at')
      .aboveOrEqual(localMidnight(now))
      .filter((d) => d.site === site && posted(d))
      .count(),
  ]);
  return { inThread, today };
}

/** The user's posted texts of the last two weeks on one site, newest first: what the copy-paste check compares. */
export async function recentPostTexts(db: HistoryDb, site: SiteId, now: number): Promise<string[]> {
  const recent = await db.drafts
    .where('at')
    .aboveOrEqual(now - RECENT_MS)
    .reverse()
    .filter((d) => d.site === site && posted(d) && typeof d.text === 'string' && d.text.trim() !== '')
    .limit(RECENT_POSTS)
    .toArray();
  return recent.map((d) => d.text as string);
}
