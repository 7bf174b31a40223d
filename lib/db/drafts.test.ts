// The guard's history on fake-indexeddb: records keep only the stored fields, statistics-only rows have no words,
// and the context for the next draft counts this thread and today and lists recent texts, abandoned ones excluded.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type DraftRecord, draftContext, isDraftRecord, recordDraft } from './drafts';
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

  it('counts posted drafts in the thread and today, and lists recent texts newest first', async () => {
    const db = freshDb();
    await recordDraft(db, draft({ at: NOW - 2 * H, text: 'erster Kommentar im Thread' }));
    await recordDraft(db, draft({ at: NOW - H, outcome: 'anyway', text: 'zweiter Kommentar im Thread' }));
    await recordDraft(db, draft({ at: NOW - 30 * 60_000, outcome: 'abandoned', text: 'verworfen' }));
    await recordDraft(db, draft({ at: NOW - 3 * 24 * H, threadKey: 'facebook:old', text: 'vor drei Tagen' }));
    await recordDraft(db, draft({ at: NOW - 20 * 24 * H, threadKey: 'facebook:older', text: 'vor zwanzig Tagen' }));
    await recordDraft(db, draft({ at: NOW - 10 * 60_000, threadKey: null, composer: 'post', text: undefined }));
    const facts = await draftContext(db, 'facebook', 'pfbid1', NOW);
    expect(facts.inThread).toBe(2);
    expect(facts.today).toBe(3);
    expect(facts.recentPosts).toEqual(['zweiter Kommentar im Thread', 'erster Kommentar im Thread', 'vor drei Tagen']);
    expect((await draftContext(db, 'x', 'pfbid1', NOW)).inThread).toBe(0);
    expect((await draftContext(db, 'facebook', null, NOW)).inThread).toBe(0);
    db.close();
  });

  it('prunes drafts by their own date', async () => {
    const db = freshDb();
    await recordDraft(db, draft({ at: NOW - 100 * 24 * H }));
    await recordDraft(db, draft({ at: NOW - H }));
    const result = await pruneOlderThan(db, NOW - 90 * 24 * H);
    expect(result.drafts).toBe(1);
    expect(await db.drafts.count()).toBe(1);
    db.close();
  });

  it('checks records from content scripts', () => {
    expect(isDraftRecord(draft())).toBe(true);
    expect(isDraftRecord(draft({ text: undefined }))).toBe(true);
    expect(isDraftRecord({ ...draft(), outcome: 'posted' })).toBe(false);
    expect(isDraftRecord({ ...draft(), site: 'myspace' })).toBe(false);
    expect(isDraftRecord({ ...draft(), threadKey: 'x:1' })).toBe(false);
    expect(isDraftRecord({ ...draft(), findings: [{ ruleId: 'a', category: 'spam', severity: 'loud' }] })).toBe(false);
    expect(isDraftRecord(null)).toBe(false);
  });
});
