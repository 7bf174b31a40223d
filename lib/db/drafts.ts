// The guard's history: one row per guarded submit, and what the next draft needs to know from it (how often the
// user already commented here and today, and their recent texts for the copy-paste check).
import type { Severity, Verdict } from '../analysis/types';
import { isSiteId, type SiteId } from '../sites/registry';
import type { DraftOutcome, HistoryDb, StoredDraft, StoredDraftFinding } from './schema';
import { searchWords } from './search-words';

export type { DraftOutcome, StoredDraft } from './schema';

/** What a content script sends: a draft as stored, without the id and index words the database adds. */
export type DraftRecord = Omit<StoredDraft, 'id' | 'words'>;

const DAY_MS = 86_400_000;
/** Copy-paste looks back two weeks: what readers of the user's channels may still remember. */
const RECENT_MS = 14 * DAY_MS;
const RECENT_POSTS = 50;
/** A draft longer than this is stored cut: history is for reports, not an archive of essays. */
const MAX_TEXT = 10_000;

export interface DraftContextFacts {
  /** Posted drafts in this thread (any outcome but 'abandoned'). */
  inThread: number;
  /** Posted drafts since local midnight, on any site. */
  today: number;
  /** Texts posted in the last two weeks, newest first. */
  recentPosts: string[];
}

const OUTCOMES: readonly string[] = ['clean', 'edited', 'anyway', 'abandoned'];
const KINDS: readonly string[] = ['comment', 'reply', 'post'];
const VERDICTS: readonly string[] = ['ok', 'caution', 'warn'];
const SEVERITIES: readonly string[] = ['info', 'caution', 'warn'];

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
    findings: draft.findings.map((f) => {
      const finding: StoredDraftFinding = { ruleId: f.ruleId, category: f.category, severity: f.severity };
      if (typeof f.actual === 'string') finding.actual = f.actual.slice(0, 500);
      return finding;
    }),
    chars: draft.chars,
    lang: draft.lang,
    words: [],
  };
  if (typeof draft.text === 'string') {
    row.text = draft.text.slice(0, MAX_TEXT);
    row.words = searchWords(row.text);
  }
  return (await db.drafts.add(row)) as number;
}

export async function draftContext(
  db: HistoryDb,
  site: SiteId,
  threadId: string | null,
  now: number,
): Promise<DraftContextFacts> {
  const [inThread, today, recent] = await Promise.all([
    threadId ? db.drafts.where('threadKey').equals(`${site}:${threadId}`).filter(posted).count() : Promise.resolve(0),
    db.drafts.where('at').aboveOrEqual(localMidnight(now)).filter(posted).count(),
    db.drafts
      .where('at')
      .aboveOrEqual(now - RECENT_MS)
      .reverse()
      .filter((d) => posted(d) && typeof d.text === 'string' && d.text.trim() !== '')
      .limit(RECENT_POSTS)
      .toArray(),
  ]);
  return { inThread, today, recentPosts: recent.map((d) => d.text as string) };
}

/** Checks a record from a content script before it reaches the database. */
export function isDraftRecord(value: unknown): value is DraftRecord {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return (
    Number.isFinite(d.at) &&
    isSiteId(d.site) &&
    (d.threadKey === null || (typeof d.threadKey === 'string' && d.threadKey.startsWith(`${String(d.site)}:`))) &&
    typeof d.url === 'string' &&
    KINDS.includes(d.composer as string) &&
    OUTCOMES.includes(d.outcome as DraftOutcome) &&
    VERDICTS.includes(d.verdict as Verdict) &&
    Array.isArray(d.findings) &&
    d.findings.every(isFinding) &&
    (d.text === undefined || typeof d.text === 'string') &&
    Number.isFinite(d.chars) &&
    typeof d.lang === 'string'
  );
}

function isFinding(value: unknown): value is StoredDraftFinding {
  if (!value || typeof value !== 'object') return false;
  const f = value as Record<string, unknown>;
  return (
    typeof f.ruleId === 'string' &&
    typeof f.category === 'string' &&
    SEVERITIES.includes(f.severity as Severity) &&
    (f.actual === undefined || typeof f.actual === 'string')
  );
}
