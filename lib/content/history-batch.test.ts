// What a content script sends to the history: only what the background accepts, so one odd field on the page costs
// that field (or that comment), never the whole batch; long reads split into messages of at most ITEMS_PER_BATCH.
import { describe, expect, it } from 'vitest';
import { wireBatch } from '../background/wire';
import { BATCH_TEXT_CHARS, COMMENT_CHARS, ID_CHARS, ITEMS_PER_BATCH, NAME_CHARS, ROOT_TEXT_CHARS } from '../limits';
import { siteUrl, wireBatches, wireItem } from './history-batch';
import type { AnalysedItem } from './item-analysis';

const NOW = Date.UTC(2026, 11, 5, 12);
const item = (id: string, over: Partial<AnalysedItem> = {}): AnalysedItem => ({
  id,
  parentId: null,
  author: { name: 'Anna', handle: '@anna', profileUrl: 'https://www.linkedin.com/in/anna' },
  text: 'Wann kommt die Lieferung?',
  time: NOW - 60_000,
  permalink: `https://www.linkedin.com/feed/update/urn:li:activity:1/?commentUrn=${id}`,
  own: false,
  tone: 'neutral',
  toneScore: 0,
  flags: { hostile: false, promotional: false, complaint: false, question: true, watchlist: [] },
  ...over,
});
const thread = { id: 'urn:li:activity:1', url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/', root: null };

describe('siteUrl', () => {
  it('keeps https addresses on the site and nothing else', () => {
    expect(siteUrl('https://www.linkedin.com/in/anna', 'linkedin')).toBe('https://www.linkedin.com/in/anna');
    expect(siteUrl('https://de.linkedin.com/in/anna', 'linkedin')).toBeUndefined();
    expect(siteUrl('http://www.linkedin.com/in/anna', 'linkedin')).toBeUndefined();
    expect(siteUrl('javascript:alert(1)', 'linkedin')).toBeUndefined();
    expect(siteUrl('https://www.facebook.com/anna', 'linkedin')).toBeUndefined();
    expect(siteUrl(`https://www.linkedin.com/${'a'.repeat(3000)}`, 'linkedin')).toBeUndefined();
  });
});

describe('wireItem', () => {
  it('drops off-site links and impossible times, clips names, and skips ids past the limit', () => {
    const odd = wireItem(
      item('c1', {
        author: { name: 'N'.repeat(NAME_CHARS + 50), profileUrl: 'https://evil.example/anna' },
        permalink: 'javascript:alert(1)',
        time: Date.UTC(275_000, 0, 1),
      }),
      'linkedin',
      NOW,
    );
    expect(odd).not.toBeNull();
    expect(odd?.author).toEqual({ name: 'N'.repeat(NAME_CHARS) });
    expect(odd?.permalink).toBeUndefined();
    expect(odd?.time).toBeNull();
    expect(wireItem(item('x'.repeat(ID_CHARS + 1)), 'linkedin', NOW)).toBeNull();
  });
});

describe('wireBatches', () => {
  it('splits a long read, with the visit in the first message only, and every message passes the background', () => {
    const items = Array.from({ length: ITEMS_PER_BATCH * 2 + 3 }, (_, i) => item(`c${i}`));
    const batches = wireBatches(
      { ...thread, root: { ...item('root'), text: 'R'.repeat(ROOT_TEXT_CHARS * 2) } },
      items,
      'linkedin',
      NOW,
      NOW,
    );
    expect(batches.map((b) => b.items.length)).toEqual([ITEMS_PER_BATCH, ITEMS_PER_BATCH, 3]);
    expect(batches.map((b) => b.visitAt)).toEqual([NOW, undefined, undefined]);
    expect(batches[0]?.thread.rootText).toHaveLength(ROOT_TEXT_CHARS);
    for (const batch of batches) expect(wireBatch.safeParse(batch).success).toBe(true);
  });

  it('puts long comments in smaller messages, none over BATCH_TEXT_CHARS unless one comment is', () => {
    const long = Array.from({ length: 120 }, (_, i) => item(`c${i}`, { text: 'x'.repeat(COMMENT_CHARS) }));
    const batches = wireBatches(thread, long, 'linkedin', NOW, NOW);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flatMap((b) => b.items).length).toBe(120);
    for (const batch of batches) {
      expect(batch.items.reduce((sum, i) => sum + i.text.length, 0)).toBeLessThanOrEqual(BATCH_TEXT_CHARS);
    }
  });

  it('sends the visit alone when nothing changed, and nothing for a page that is not on the site', () => {
    expect(wireBatches(thread, [], 'linkedin', NOW, NOW)).toEqual([
      { thread: { id: thread.id, url: thread.url }, items: [], visitAt: NOW },
    ]);
    expect(wireBatches({ ...thread, url: 'https://www.xing.com/x' }, [item('c1')], 'linkedin', NOW, NOW)).toEqual([]);
  });
});
