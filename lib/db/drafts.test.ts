// The guard's history on fake-indexeddb: records keep only the stored fields (cut to the caps), and the context for
// the next draft counts this thread and today on one site, and lists that site's recent texts, abandoned ones excluded.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DRAFT_STORED_CHARS, FINDING_ACTUAL_CHARS, FINDINGS_PER_DRAFT } from '../limits';
import { type DraftRecord, draftActivity, recentPostTexts, recordDraft } from './drafts';
import { pruneOlderThan } from './history';
import { createHistoryDb } from './schema';

const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const H = 3_600_000;

const draft = (over: Partial<DraftRecord> = {}): DraftRecord => ({
  at: NOW - H,
  site: 'facebook',
  threadKey: 'facebook:pfbid1',
  url: 'https://www.facebook.com/brand/posts/pfbid1',
  composer: 'comment',
  outcome: 'clean',
  verdict: 'ok',
  findings: [],
  text: 'Danke für den Hinweis, wir kümmern uns darum.',
  chars: 45,
  lang: 'de',
  ...over,
});

const freshDb = () => createHistoryDb({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange } });

describe('drafts history', () => {
  it('stores the known fields only', async () => {
    const db = freshDb();
    const id = await recordDraft(db, {
      ...draft({ findings: [{ ruleId: 'price-offer', category: 'promotional', severity: 'warn', actual: '20 %' }] }),
      extra: 'not stored',
    } as DraftRecord);
    const row = await db.drafts.get(id);
    expect(row).not.toHaveProperty('extra');
    expect(row?.findings).toEqual([
      { ruleId: 'price-offer', category: 'promotional', severity: 'warn', actual: '20 %' },
    ]);
    db.close();
  });

  it('cuts texts, flagged words and findings to the caps of lib/limits.ts', async () => {
    const db = freshDb();
    const finding = {
      ruleId: 'r',
      category: 'spam',
      severity: 'warn',
      actual: 'w'.repeat(FINDING_ACTUAL_CHARS + 1),
    } as const;
    const id = await recordDraft(
      db,
      draft({ text: 't'.repeat(DRAFT_STORED_CHARS + 5), findings: Array(FINDINGS_PER_DRAFT + 1).fill(finding) }),
    );
    const row = await db.drafts.get(id);
    expect(row?.text).toHaveLength(DRAFT_STORED_CHARS);
    expect(row?.findings).toHaveLength(FINDINGS_PER_DRAFT);
    expect(row?.findings[0]?.actual).toHaveLength(FINDING_ACTUAL_CHARS);
    db.close();
  });

  it('counts posted drafts in the thread and today on one site, and lists its recent texts newest first', async () => {
    const db = freshDb();
    await recordDraft(db, draft({ at: NOW - 2 * H, text: 'erster Kommentar im Thread' }));
    await recordDraft(db, draft({ at: NOW - H, outcome: 'anyway', text: 'zweiter Kommentar im Thread' }));
    await recordDraft(db, draft({ at: NOW - 30 * 60_000, outcome: 'abandoned', text: 'verworfen' }));
    await recordDraft(db, draft({ at: NOW - 3 * 24 * H, threadKey: 'facebook:old', text: 'vor drei Tagen' }));
    await recordDraft(db, draft({ at: NOW - 20 * 24 * H, threadKey: 'facebook:older', text: 'vor zwanzig Tagen' }));
    await recordDraft(db, draft({ at: NOW - 10 * 60_000, threadKey: null, composer: 'post', text: undefined }));
    await recordDraft(db, draft({ at: NOW - 5 * 60_000, site: 'x', threadKey: 'x:1', text: 'auf X gepostet' }));
    expect(await draftActivity(db, 'facebook', 'pfbid1', NOW)).toEqual({ inThread: 2, today: 3 });
    expect(await draftActivity(db, 'x', 'pfbid1', NOW)).toEqual({ inThread: 0, today: 1 });
    expect((await draftActivity(db, 'facebook', null, NOW)).inThread).toBe(0);
    expect(await recentPostTexts(db, 'facebook', NOW)).toEqual([
      'zweiter Kommentar im Thread',
      'erster Kommentar im Thread',
      'vor drei Tagen',
    ]);
    expect(await recentPostTexts(db, 'x', NOW)).toEqual(['auf X gepostet']);
    db.close();
  });

  it('prunes drafts by their own date', async () => {
    const db = freshDb();
    await recordDraft(db, draft({ at: NOW - 100 * 24 * H }));
    await recordDraft(db, draft({ at: NOW - H }));
    const result = await pruneOlderThan(db, NOW - 90 * 24 * H, NOW);
    expect(result.drafts).toBe(1);
    expect(await db.drafts.count()).toBe(1);
    db.close();
  });
});
