// The context a draft is checked in: brand entries split into names, handles and domains; a box that posts as the
// brand needs no disclosure; a reply answers its comment, a new post has no thread; the memo follows the pass.
import { describe, expect, it } from 'vitest';
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
