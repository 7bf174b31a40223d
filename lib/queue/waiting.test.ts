// Who waits in a thread: questions and complaints of others, until the user replies to them or addresses their author.
import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../db/schema';
import { addresses, waitingIn } from './waiting';

const item = (id: string, text: string, over: Partial<StoredItem> = {}): StoredItem => ({
  key: `x:${id}`,
  site: 'x',
  threadKey: 'x:1',
  id,
  parentId: null,
  author: { name: 'Anna Müller', handle: 'anna_m' },
  text,
  time: Number(id) * 60_000,
  own: false,
  tone: 'neutral',
  toneScore: 0,
  flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
  firstSeen: 0,
  updatedAt: 0,
  textVersions: 1,
  words: [],
  ...over,
});
const question = (id: string, over: Partial<StoredItem> = {}) =>
  item(id, 'Wann kommt meine Bestellung?', {
    flags: { hostile: false, promotional: false, complaint: false, question: true, watchlist: [] },
    ...over,
  });
const mine = (id: string, text: string, over: Partial<StoredItem> = {}) =>
  item(id, text, { own: true, author: { name: 'Stadtwerke' }, ...over });

describe('addresses', () => {
  it('knows the handle, the full name and the first name as a word', () => {
    const author = { name: 'Anna Müller', handle: '@anna_m' };
    expect(addresses('@anna_m schauen wir uns an', author)).toBe(true);
    expect(addresses('Liebe Frau Anna Müller, danke', author)).toBe(true);
    expect(addresses('Hallo Anna, ist unterwegs.', author)).toBe(true);
    expect(addresses('Hallo zusammen, ist unterwegs.', author)).toBe(false);
    // A name inside another word is no address.
    expect(addresses('Savannah hat recht', { name: 'Anna' })).toBe(false);
    expect(addresses('Hi Jo', { name: 'Jo' })).toBe(false);
  });
});

describe('waitingIn', () => {
  it('lists others’ questions and complaints oldest first, complaints as complaints', () => {
    const complaint = item('3', 'Unverschämt, schon wieder kaputt. Warum?', {
      author: { name: 'Ben' },
      flags: { hostile: false, promotional: false, complaint: true, question: true, watchlist: [] },
    });
    const waiting = waitingIn([complaint, question('1'), item('2', 'Super!'), mine('4', 'Wir sind da.')]);
    expect(waiting.map((w) => [w.item.id, w.kind])).toEqual([
      ['1', 'question'],
      ['3', 'complaint'],
    ]);
  });

  it('takes a reply to the comment, or a later comment addressing its author, as the answer', () => {
    expect(waitingIn([question('1'), mine('2', 'Morgen.', { parentId: '1' })])).toEqual([]);
    expect(waitingIn([question('1'), mine('2', '@anna_m Morgen.')])).toEqual([]);
    // Before the question, or to someone else: still waiting.
    expect(waitingIn([question('5'), mine('2', '@anna_m Morgen.')])).toHaveLength(1);
    expect(waitingIn([question('1'), mine('2', '@ben Morgen.')])).toHaveLength(1);
    expect(waitingIn([question('1'), mine('2', 'Morgen.', { parentId: '9' })])).toHaveLength(1);
  });

  it('measures the wait from the page’s time, else from when the comment was first read', () => {
    expect(waitingIn([question('1', { time: null, firstSeen: 42 })])[0]?.at).toBe(42);
  });
});
