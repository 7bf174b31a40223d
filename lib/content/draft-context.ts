// What the analysis needs to know around a draft: the thread's comments and the one being answered (from the
// thread watcher), the user's brand and rule settings, and their history (posts here and today, how close the draft is
// to their recent posts, as the background answered). Memoised per thread pass, so a keystroke costs a lookup, and
// each item carries its id, so the engine's per-item cache (by id and text) stays warm across passes too.
import type { AnalysisContext, ThreadItemContext } from '../analysis/types';
import type { DraftActivity } from '../messaging';
import type { Settings } from '../settings';
import type { ThreadItem } from '../sites/types';
import type { AnalysedItem } from './item-analysis';
import { norm } from './read-thread';

export interface ThreadView {
  threadId: string | null;
  root: ThreadItem | null;
  items: ReadonlyMap<string, AnalysedItem>;
}

interface Memo {
  revision: number;
  threadId: string | null;
  list: ThreadItemContext[];
  byId: Map<string, ThreadItemContext>;
  root: ThreadItemContext | null;
}

const toContext = (id: string, item: AnalysedItem): ThreadItemContext => ({
  id,
  text: item.text,
  author: item.author.name,
  own: item.own,
  tone: item.toneScore,
  isComplaint: item.flags.complaint,
});

/** The brand setting as the disclosure rule takes it: @handles, domains, and names. */
export function brandOf(entries: readonly string[]): AnalysisContext['brand'] | undefined {
  const handles = entries.filter((e) => e.startsWith('@'));
  const domains = entries.filter((e) => !e.startsWith('@') && /^[\w-]+(\.[\w-]+)+$/.test(e));
  const names = entries.filter((e) => !handles.includes(e) && !domains.includes(e));
  if (!names.length && !handles.length && !domains.length) return undefined;
  return { names: names.length ? names : handles.map((h) => h.slice(1)), domains, handles };
}

// The account name from the page and the typed brand may differ in Unicode composition (ä as one or two points).
const plain = (s: string) => norm(s.normalize('NFC'));

/**
 * Whether the box posts as the brand itself (a page commenting as "Bäckerei Morgenrot"): then the account is the
 * disclosure, and praise of the brand needs none.
 */
export function postsAsBrand(account: string | null, entries: readonly string[]): boolean {
  if (!account) return false;
  const name = plain(account);
  return name !== '' && entries.some((entry) => plain(entry) === name);
}

export class DraftContextBuilder {
  private memo: Memo | null = null;
  // The same brand object while the setting stays: the disclosure rule caches its compiled matcher by identity.
  private brandSource: readonly string[] | null = null;
  private brand: AnalysisContext['brand'] | undefined;

  build(options: {
    thread: ThreadView | null;
    revision: number;
    /** The thread item the composer sits in (a reply box), if any. */
    replyToId: string | null;
    kind: 'comment' | 'reply' | 'post';
    settings: Settings;
    langHint: string | undefined;
    /** How often the user posted in this thread and today (on this site); null while unknown. */
    activity: DraftActivity | null;
    /** How close the draft is to the user's recent posts on this site, when the background has answered. */
    repeatSimilarity: number | undefined;
    /** The account the box posts as, where the page names it. */
    account: string | null;
  }): AnalysisContext {
    const { settings } = options;
    const context: AnalysisContext = { mode: 'draft', sensitivity: settings.sensitivity };
    if (options.langHint) context.langHint = options.langHint;
    // The settings' own arrays: the engine caches its compiled lists by identity, until the settings change.
    if (settings.disabledRules.length) context.disabledRules = settings.disabledRules;
    if (settings.alwaysFlag.length) context.alwaysFlag = settings.alwaysFlag;
    if (this.brandSource !== options.settings.brand) {
      this.brandSource = options.settings.brand;
      this.brand = brandOf(options.settings.brand);
    }
    if (this.brand && !postsAsBrand(options.account, options.settings.brand)) context.brand = this.brand;
    if (options.activity) context.activity = { inThread: options.activity.inThread, today: options.activity.today };
    if (options.repeatSimilarity !== undefined) context.repeatSimilarity = options.repeatSimilarity;
    const memo = options.thread ? this.threadMemo(options.thread, options.revision) : null;
    // A new post starts its own conversation: the page's thread is not its context.
    if (memo && options.kind !== 'post') {
      context.thread = { items: memo.list };
      const replyTo = (options.replyToId && memo.byId.get(options.replyToId)) || memo.root;
      if (replyTo) context.replyTo = replyTo;
    }
    return context;
  }

  private threadMemo(thread: ThreadView, revision: number): Memo {
    if (this.memo && this.memo.revision === revision && this.memo.threadId === thread.threadId) return this.memo;
    const byId = new Map<string, ThreadItemContext>();
    const list: ThreadItemContext[] = [];
    for (const [id, item] of thread.items) {
      const context = toContext(id, item);
      byId.set(id, context);
      list.push(context);
    }
    const root = thread.root
      ? { id: thread.root.id, text: thread.root.text, author: thread.root.author.name, own: thread.root.own }
      : null;
    this.memo = { revision, threadId: thread.threadId, list, byId, root };
    return this.memo;
  }
}
