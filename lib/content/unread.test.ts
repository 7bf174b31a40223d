// The composer note's counts: others' comments not seen, and the waiting questions and complaints among them, with
// the queue's rule for what answers one (a reply of the user's, or a later comment of theirs naming the author).
import { describe, expect, it } from 'vitest';
import type { AnalysedItem } from './item-analysis';
import { unreadIn } from './unread';

const NOW = Date.UTC(2026, 11, 6, 12, 0);
const MIN = 60_000;

function item(
  id: string,
  over: Partial<AnalysedItem> & { question?: boolean; complaint?: boolean } = {},
): AnalysedItem {
  const { question = false, complaint = false, ...rest } = over;
  return {
    id,
    parentId: null,
    author: { name: `Anna ${id}` },
    text: `Comment ${id}`,
    time: NOW - 60 * MIN,
    own: false,
    tone: 'neutral',
    toneScore: 0,
    flags: { hostile: false, promotional: false, complaint, question, watchlist: [] },
    ...rest,
  };
}

const seenOf =
  (...ids: string[]) =>
  (id: string) =>
    ids.includes(id);

describe('unreadIn', () => {
  it('counts others’ comments not seen, and the questions and complaints among them', () => {
    const items = [
      item('1', { question: true }),
      item('2', { complaint: true, question: true }),
      item('3'),
      item('4', { question: true }),
      item('mine', { own: true, author: { name: 'Bäckerei' } }),
    ];
    expect(unreadIn(items, seenOf('4'), NOW)).toEqual({ ids: ['1', '2', '3'], waiting: 2 });
    expect(unreadIn(items, seenOf('1', '2', '3', '4'), NOW)).toEqual({ ids: [], waiting: 0 });
  });

  it('does not count as waiting what the user answered, even when the answer was on screen and the question not', () => {
    const items = [
      item('1', { question: true }),
      item('2', { question: true, author: { name: 'Tobias Kern' } }),
      item('3', { complaint: true }),
      item('r1', { own: true, parentId: '1', time: NOW - 30 * MIN }),
      item('r2', { own: true, text: 'Hallo Tobias, das klären wir.', time: NOW - 20 * MIN }),
    ];
    expect(unreadIn(items, seenOf('r1', 'r2'), NOW)).toEqual({ ids: ['1', '2', '3'], waiting: 1 });
  });

  it('takes a comment without a time as written now: an older own comment naming its author does not answer it', () => {
    const items = [
      item('1', { question: true, time: null, author: { name: 'Tobias Kern' } }),
      item('r', { own: true, text: 'Tobias, schon erledigt.', time: NOW - MIN }),
    ];
    expect(unreadIn(items, seenOf(), NOW)).toEqual({ ids: ['1'], waiting: 1 });
    expect(unreadIn(items, seenOf(), NOW - 2 * MIN)).toEqual({ ids: ['1'], waiting: 0 });
  });
});
