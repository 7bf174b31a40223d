// The context a draft is checked in: brand entries split into names, handles and domains; a box that posts as the
// brand needs no disclosure; a reply answers its comment, a new post has no thread; the memo follows the pass; the
// engine's per-item cache survives a pass that rebuilds the item objects, and stays bounded.
import { describe, expect, it } from 'vitest';
import { ITEM_CACHE_LIMIT, itemAnalysisCount, itemCacheSize, readItem } from '../analysis/context';
import { analyze } from '../analysis/index';
import { DEFAULT_SETTINGS } from '../settings';
import type { ThreadItem } from '../sites/types';
import { brandOf, DraftContextBuilder, postsAsBrand, type ThreadView } from './draft-context';
import type { AnalysedItem } from './item-analysis';

const item = (id: string, text: string, complaint = false): AnalysedItem =>
  ({
    id,
    text,
    author: { name: `Autor ${id}` },
    own: false,
    toneScore: complaint ? -0.6 : 0.2,
    flags: { complaint },
  }) as unknown as AnalysedItem;

const thread: ThreadView = {
  threadId: 't1',
  root: { text: 'Unser neuer Lieferdienst ist da!', author: { name: 'Bäckerei Morgenrot' }, own: true } as ThreadItem,
  items: new Map([
    ['c1', item('c1', 'Seit drei Wochen warte ich auf meine Bestellung. Das ist ärgerlich.', true)],
    ['c2', item('c2', 'Klingt gut, ich probiere es aus.')],
  ]),
};

const base = {
  thread,
  revision: 1,
  replyToId: null,
  kind: 'comment' as const,
  settings: DEFAULT_SETTINGS,
  langHint: 'de',
  activity: null,
  repeatSimilarity: undefined,
  account: null,
};

describe('brandOf', () => {
  it('splits handles, domains and names, and is empty for no entries', () => {
    expect(brandOf(['Radwerk', '@radwerk', 'radwerk.de'])).toEqual({
      names: ['Radwerk'],
      handles: ['@radwerk'],
      domains: ['radwerk.de'],
    });
    expect(brandOf(['@radwerk'])).toEqual({ names: ['radwerk'], handles: ['@radwerk'], domains: [] });
    expect(brandOf([])).toBeUndefined();
  });
});

describe('postsAsBrand', () => {
  it('matches the account against brand entries, case and @ aside', () => {
    expect(postsAsBrand('Bäckerei Morgenrot', ['bäckerei morgenrot'])).toBe(true);
    expect(postsAsBrand('radwerk', ['@Radwerk'])).toBe(true);
    expect(postsAsBrand('Carla Neumann', ['Radwerk'])).toBe(false);
    expect(postsAsBrand(null, ['Radwerk'])).toBe(false);
    expect(postsAsBrand('  ', [''])).toBe(false);
  });
});

describe('DraftContextBuilder', () => {
  it('gives a comment the thread and the post as the one it answers; a reply box answers its comment', () => {
    const builder = new DraftContextBuilder();
    const comment = builder.build(base);
    expect(comment.thread?.items.map((i) => i.text)).toEqual([...thread.items.values()].map((i) => i.text));
    expect(comment.replyTo?.text).toBe(thread.root?.text);
    const reply = builder.build({ ...base, kind: 'reply', replyToId: 'c1' });
    expect(reply.replyTo).toMatchObject({ isComplaint: true, text: thread.items.get('c1')?.text });
    // The same pass gives the same objects: the engine's per-item caches stay warm.
    expect(reply.thread?.items).toBe(comment.thread?.items);
  });

  it('leaves the thread out of a new post, and reads the thread again on a new pass', () => {
    const builder = new DraftContextBuilder();
    expect(builder.build({ ...base, kind: 'post' }).thread).toBeUndefined();
    const first = builder.build(base).thread?.items;
    const next = builder.build({ ...base, revision: 2 }).thread?.items;
    expect(next).not.toBe(first);
    expect(next).toEqual(first);
  });

  it('passes the history as counts and the similarity the background computed, never earlier texts', () => {
    const context = new DraftContextBuilder().build({
      ...base,
      activity: { inThread: 3, today: 7 },
      repeatSimilarity: 0.9,
    });
    expect(context.activity).toEqual({ inThread: 3, today: 7 });
    expect(context.repeatSimilarity).toBe(0.9);
    expect(context.recentPosts).toBeUndefined();
    const text = 'Unser neuer Tarif spart euch jeden Monat bares Geld, schaut vorbei!';
    expect(analyze(text, context).findings.map((f) => f.ruleId)).toContain('copy-paste');
    const unknown = new DraftContextBuilder().build({ ...base, activity: { inThread: 3, today: 7 } });
    expect(analyze(text, unknown).findings.map((f) => f.ruleId)).not.toContain('copy-paste');
  });

  it('asks for disclosure of brand praise, unless the box posts as the brand', () => {
    const settings = { ...DEFAULT_SETTINGS, brand: ['Radwerk'] };
    const text = 'Ich kann Radwerk nur empfehlen, der Service ist super!';
    const builder = new DraftContextBuilder();
    const asPerson = builder.build({ ...base, settings, account: 'Carla Neumann' });
    const asBrand = builder.build({ ...base, settings, account: 'Radwerk' });
    const rules = (context: typeof asPerson) => analyze(text, context).findings.map((f) => f.ruleId);
    expect(rules(asPerson)).toContain('undisclosed-affiliation');
    expect(rules(asBrand)).not.toContain('undisclosed-affiliation');
  });
});

describe('rule settings in the draft context', () => {
  it('passes the user’s rule families, always-flag phrases and sensitivity to the engine, as the same arrays', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      disabledRules: ['hostile'],
      alwaysFlag: ['Projekt Falke'],
      sensitivity: 'low' as const,
    };
    const context = new DraftContextBuilder().build({ ...base, settings });
    expect(context.disabledRules).toBe(settings.disabledRules);
    expect(context.alwaysFlag).toBe(settings.alwaysFlag);
    expect(context.sensitivity).toBe('low');
    const result = analyze('Du Idiot, Projekt Falke kommt.', context);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['always-flag']);
  });

  it('leaves them out at the defaults', () => {
    const context = new DraftContextBuilder().build(base);
    expect(context).not.toHaveProperty('disabledRules');
    expect(context).not.toHaveProperty('alwaysFlag');
    expect(context.sensitivity).toBe('normal');
  });
});

describe('the per-item cache across reading passes', () => {
  // Each pass of the thread watcher gives new item objects with the same ids and texts.
  const pass = (texts: Record<string, string>): ThreadView => ({
    threadId: 'keystroke',
    root: {
      id: 'k-root',
      text: 'Wir haben die Öffnungszeiten geändert.',
      author: { name: 'Laden' },
      own: true,
    } as ThreadItem,
    items: new Map(Object.entries(texts).map(([id, text]) => [id, item(id, text, /ärgerlich/.test(text))])),
  });
  const texts = {
    k1: 'Seit drei Wochen warte ich auf meine Bestellung. Das ist ärgerlich.',
    k2: 'Klingt gut, ich probiere es aus.',
    k3: 'Habt ihr auch samstags offen?',
  };
  const draft = 'Danke für eure Geduld, wir melden uns heute noch!';
  const analysedBy = (context: ReturnType<DraftContextBuilder['build']>) => {
    const before = itemAnalysisCount();
    analyze(draft, context);
    return itemAnalysisCount() - before;
  };

  it('analyses no thread item again on the keystroke after a pass with the same ids and texts', () => {
    const builder = new DraftContextBuilder();
    // The first draft analysis reads the post and the three comments.
    expect(analysedBy(builder.build({ ...base, thread: pass(texts), revision: 1 }))).toBe(4);
    // A keystroke in the same pass: the same objects.
    expect(analysedBy(builder.build({ ...base, thread: pass(texts), revision: 1 }))).toBe(0);
    // A new pass rebuilds every object; the next keystroke analyses none of them.
    const second = builder.build({ ...base, thread: pass(texts), revision: 2 });
    const first = builder.build({ ...base, thread: pass(texts), revision: 1 });
    expect(second.thread?.items[0]).not.toBe(first.thread?.items[0]);
    expect(analysedBy(builder.build({ ...base, thread: pass(texts), revision: 3 }))).toBe(0);
    // A comment edited on the page is read again, and only that one.
    const edited = { ...texts, k2: 'Klingt gut, aber der Link geht nicht.' };
    expect(analysedBy(builder.build({ ...base, thread: pass(edited), revision: 4 }))).toBe(1);
    expect(analysedBy(builder.build({ ...base, thread: pass(edited), revision: 5 }))).toBe(0);
    // A new comment costs one analysis.
    const grown = { ...edited, k4: 'Super, danke!' };
    expect(analysedBy(builder.build({ ...base, thread: pass(grown), revision: 6 }))).toBe(1);
  });

  it('gives the same reading from the cache as from a fresh analysis', () => {
    const builder = new DraftContextBuilder();
    const cached = builder.build({ ...base, thread: pass(texts), revision: 7 });
    analyze(draft, cached);
    const fresh = { ...base, thread: pass(texts), revision: 8 };
    const rebuilt = builder.build(fresh);
    const hits = itemAnalysisCount();
    const readings = rebuilt.thread?.items.map((i) => readItem(i, 'de'));
    expect(itemAnalysisCount()).toBe(hits);
    // Without ids the cache goes by object: these are analysed afresh, and agree.
    const anonymous = rebuilt.thread?.items.map(({ id: _id, ...rest }) => readItem(rest, 'de'));
    expect(itemAnalysisCount()).toBe(hits + 3);
    expect(readings).toEqual(anonymous);
    expect(analyze(draft, rebuilt)).toEqual(analyze(draft, cached));
  });

  it('keeps one reading per id and drops the least recently used past the bound', () => {
    const size = itemCacheSize();
    readItem({ id: 'bound-0', text: 'Erste Fassung.' }, 'de');
    readItem({ id: 'bound-0', text: 'Zweite Fassung.' }, 'de');
    expect(itemCacheSize()).toBe(size + 1);
    for (let i = 1; i <= ITEM_CACHE_LIMIT + 10; i++) readItem({ id: `bound-${i}`, text: `Kommentar ${i}.` }, 'de');
    expect(itemCacheSize()).toBe(ITEM_CACHE_LIMIT);
    // The newest is still there; the oldest was dropped and is analysed again.
    const before = itemAnalysisCount();
    readItem({ id: `bound-${ITEM_CACHE_LIMIT + 10}`, text: `Kommentar ${ITEM_CACHE_LIMIT + 10}.` }, 'de');
    expect(itemAnalysisCount()).toBe(before);
    readItem({ id: 'bound-0', text: 'Zweite Fassung.' }, 'de');
    expect(itemAnalysisCount()).toBe(before + 1);
    expect(itemCacheSize()).toBe(ITEM_CACHE_LIMIT);
  });
});
