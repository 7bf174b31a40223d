// Thread brief: tone mix, open items on the reply clock (answered ones drop out), participants, watchlist, history.
import { describe, expect, it } from 'vitest';
import { clockOf, computeBrief, REPLY_CLOCK } from './brief';
import type { AnalysedItem } from './content/item-analysis';
import type { ThreadSnapshot } from './content/thread-watch';

const NOW = Date.parse('2024-11-25T12:00:00Z');
const MIN = 60_000;
const noFlags = { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] as string[] };

function item(id: string, over: Partial<AnalysedItem> = {}): AnalysedItem {
  return {
    id,
    parentId: null,
    author: { name: `Person ${id}`, handle: `p${id}` },
    text: `Text ${id}`,
    time: NOW - 10 * MIN,
    own: false,
    tone: 'neutral',
    toneScore: 0,
    flags: { ...noFlags },
    ...over,
  };
}

const snapshot = (items: AnalysedItem[]): ThreadSnapshot => ({
  status: 'recognised',
  site: 'linkedin',
  threadId: 't1',
  url: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
  root: null,
  items,
  threads: 1,
});

describe('computeBrief', () => {
  const items = [
    item('1', { tone: 'negative', flags: { ...noFlags, complaint: true }, time: NOW - 19 * 3_600_000 }),
    item('2', { tone: 'positive', flags: { ...noFlags, question: true }, time: NOW - 5 * MIN }),
    item('3', {
      tone: 'negative',
      flags: { ...noFlags, complaint: true },
      time: NOW - 30 * 3_600_000,
      author: { name: 'Anna', handle: 'anna' },
    }),
    item('4', { own: true, parentId: '3', author: { name: 'Me', handle: 'me' } }),
    item('5', { author: { name: 'Anna', handle: 'anna' }, flags: { ...noFlags, watchlist: ['Preis'] } }),
    item('6', { flags: { ...noFlags, question: true }, time: null }),
  ];
  const brief = computeBrief(
    snapshot(items),
    {
      lastVisitBefore: NOW - 3_600_000,
      newSinceLastVisit: ['5', '6'],
      ownItems: [
        { id: '4', text: 'Text 4', time: null, firstSeen: NOW - 100 },
        { id: '99', text: 'Mein Kommentar von Dienstag', time: null, firstSeen: NOW - 4 * 86_400_000 },
      ],
    },
    NOW,
  );

  it('counts the tone mix over every item', () => {
    expect(brief.toneMix).toEqual({ positive: 1, neutral: 3, negative: 2 });
    expect(brief.total).toBe(6);
  });
  it('lists open complaints and questions oldest first, without the answered one', () => {
    expect(brief.open.map((o) => [o.id, o.kind, o.clock])).toEqual([
      ['1', 'complaint', 'late'],
      ['2', 'question', 'fresh'],
      ['6', 'question', 'unknown'],
    ]);
  });
  it('names participants with more than one comment, never the user', () => {
    expect(brief.participants).toEqual([{ name: 'Anna', count: 2, lastId: '5' }]);
  });
  it('groups watchlist hits and passes history through', () => {
    expect(brief.watchlist).toEqual([{ term: 'Preis', ids: ['5'] }]);
    expect(brief.newSinceLastVisit).toEqual(['5', '6']);
    expect(brief.lastVisit).toBe(NOW - 3_600_000);
  });
  it('shows own comments on the page and earlier ones from the history, once each', () => {
    expect(brief.own.map((o) => [o.id, o.onPage])).toEqual([
      ['4', true],
      ['99', false],
    ]);
  });
});

describe('clockOf', () => {
  it('applies the 30-minute and 24-hour marks', () => {
    expect(clockOf(REPLY_CLOCK.fresh - 1)).toBe('fresh');
    expect(clockOf(REPLY_CLOCK.fresh)).toBe('late');
    expect(clockOf(REPLY_CLOCK.late)).toBe('overdue');
    expect(clockOf(null)).toBe('unknown');
  });
});
