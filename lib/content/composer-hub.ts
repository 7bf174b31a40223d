// The draft checker and submit guard for one page: finds composers as the user focuses or types in them, keeps
// each draft analysed, shows the verdict beside the box, and stops the first submit of a draft at or above the
// user's threshold. It fails open: whatever throws inside the guard, the site's own submit goes ahead untouched.
import type { Finding } from '../analysis/types';
import type { DraftContextFacts, DraftRecord } from '../db/drafts';
import { replaceSpan } from '../editors/apply';
import { driverFor, editableOf } from '../editors/detect';
import { describeFinding } from '../i18n/findings/index';
import type { Settings } from '../settings';
import type { ComposerSpec, SiteAdapter, SubmitKey } from '../sites/types';
import { Composer, type ComposerKind, MAX_ANALYSED } from './composer';
import type { ComposerActions, ComposerView, FindingView } from './composer-view';
import { DraftContextBuilder, type ThreadView } from './draft-context';
import { type DraftVerdict, draftVerdict, phraseKey, stopsAt } from './draft-verdict';
import { clearHighlights, setHighlights } from './highlights';
import {
  anyOf,
  buttonNear,
  editableNear,
  isKeyActivation,
  isSubmitKey,
  picksSuggestion,
  submitButtonOf,
} from './submit-detect';

export interface HubOptions {
  adapter: SiteAdapter;
  settings: () => Settings;
  uiLanguage: () => 'de' | 'en';
  /** The thread on the page, as the thread watcher last read it, and its pass counter. */
  thread: () => { view: ThreadView; revision: number } | null;
  /** History facts for a thread (null thread: a new post); null when the history cannot be read. */
  facts: (threadId: string | null) => Promise<DraftContextFacts | null>;
  record: (draft: DraftRecord) => void;
  /** Draws the badges and cards; `sync` commits at once (the guard's card before it stops the event, a new verdict). */
  render: (views: ComposerView[], sync: boolean) => void;
  /** Whether the layer that shows the card is mounted: without it the guard never stops anything. */
  ready: () => boolean;
  /** Whether this composer's card is on screen now: a submit is only held while the user can see why. */
  cardShown: (id: number) => boolean;
  /** Test hook (storage.local "debug:failGuard"): makes the guard throw, to prove the post still goes through. */
  failGuard?: () => boolean;
}

type SubmitAction = { kind: 'key'; ctrl: boolean; meta: boolean } | { kind: 'click'; button: HTMLElement };

interface Entry {
  composer: Composer;
  /** The keys that send from this box: its spec's, else the site's. */
  keys: readonly SubmitKey[];
  verdict: DraftVerdict;
  /** The verdict's findings as the UI shows them, kept while verdict and language stay (paints come on scroll). */
  views: { verdict: DraftVerdict; lang: 'de' | 'en'; findings: FindingView[] } | null;
  open: boolean;
  stopped: SubmitAction | null;
  observer: ResizeObserver;
}

export class ComposerHub implements ComposerActions {
  private readonly entries = new Map<HTMLElement, Entry>();
  private readonly byId = new Map<number, Entry>();
  private readonly context = new DraftContextBuilder();
  private readonly factsCache = new Map<string, DraftContextFacts | null>();
  private readonly editableSelector: string;
  private readonly excludeSelector: string;
  private readonly submitSelector: string;
  private nextId = 1;
  private focused: HTMLElement | null = null;
  private frame: number | null = null;
  private readonly listeners: [string, EventListener, AddEventListenerOptions][] = [];
  private warned = false;

  constructor(private readonly options: HubOptions) {
    const { composers } = options.adapter;
    this.editableSelector = composers.specs.map((spec) => anyOf(spec.editable)).join(', ');
    this.excludeSelector = anyOf(composers.exclude);
    this.submitSelector = anyOf(composers.submit);
  }

  start(): void {
    const on = (type: string, listener: (event: never) => void, options: AddEventListenerOptions) => {
      const wrapped = this.safe(listener as (event: Event) => void);
      window.addEventListener(type, wrapped, options);
      this.listeners.push([type, wrapped, options]);
    };
    // Capture at window: before the editors' own handlers and React's root listener (selectors.md §5).
    on('keydown', (e: KeyboardEvent) => this.onKeyDown(e), { capture: true });
    on('click', (e: MouseEvent) => this.onClick(e), { capture: true });
    on('focusin', (e: FocusEvent) => this.onFocus(e), { capture: true });
    on('focusout', () => this.schedulePaint(), { capture: true, passive: true });
    on('input', (e: Event) => this.onInput(e), { capture: true, passive: true });
    on('scroll', () => this.schedulePaint(), { capture: true, passive: true });
    on('resize', () => this.schedulePaint(), { passive: true });
    on('pagehide', () => this.abandonAll(), { capture: true });
  }

  stop(): void {
    for (const [type, listener, options] of this.listeners) window.removeEventListener(type, listener, options);
    this.listeners.length = 0;
    this.abandonAll();
    for (const entry of this.entries.values()) this.drop(entry, false);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    clearHighlights();
    this.options.render([], false);
  }

  /** Settings or the thread changed: analyse every draft again with the new context. */
  refresh(): void {
    for (const entry of this.entries.values()) entry.composer.invalidate();
  }

  /** Number of composers being checked (for the page status). */
  get size(): number {
    return this.entries.size;
  }

  // ---- events -------------------------------------------------------------------------------------------------

  private onFocus(event: FocusEvent): void {
    const editable = editableOf(event.composedPath()[0] ?? null);
    const entry = editable ? this.attach(editable) : null;
    this.focused = entry ? entry.composer.element : null;
    this.schedulePaint();
  }

  private onInput(event: Event): void {
    const editable = editableOf(event.composedPath()[0] ?? null);
    const entry = editable ? this.attach(editable) : null;
    entry?.composer.schedule();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.composedPath()[0] ?? null;
    const editable = editableOf(target);
    if (editable) {
      if (event.key !== 'Enter') return;
      const entry = this.attach(editable);
      if (!entry || !isSubmitKey(event, entry.keys) || picksSuggestion(editable)) return;
      this.guard(event, entry, { kind: 'key', ctrl: event.ctrlKey, meta: event.metaKey });
      return;
    }
    const button = submitButtonOf(target, this.submitSelector);
    if (!button || !isKeyActivation(event, button)) return;
    const entry = this.entryForButton(button);
    if (entry) this.guard(event, entry, { kind: 'click', button });
  }

  private onClick(event: MouseEvent): void {
    if (event.button !== 0) return;
    const button = submitButtonOf(event.composedPath()[0] ?? null, this.submitSelector);
    if (!button) return;
    const entry = this.entryForButton(button);
    if (entry) this.guard(event, entry, { kind: 'click', button });
  }

  // ---- the guard ----------------------------------------------------------------------------------------------

  /**
   * Decides about one submit. Everything that can fail happens before the event is touched: the card is drawn
   * synchronously first, and only then is the event stopped. An exception anywhere leaves the event alone.
   */
  private guard(event: Event, entry: Entry, action: SubmitAction): void {
    let stopping: string | null = null;
    try {
      if (this.options.failGuard?.()) throw new Error('Listen First: guard failure forced for testing');
      const { composer } = entry;
      const settings = this.options.settings();
      if (!settings.sites[this.options.adapter.id]) return;
      // Read now: Facebook empties the editor during its own Enter handling, right after this listener.
      const text = composer.readText();
      if (!text.trim() || !this.options.ready()) return;
      const verdict = this.verdictOf(composer, text);
      const decision = composer.session.submit(text, stopsAt(verdict.verdict, settings));
      if (decision.action === 'pass') {
        this.record(composer, decision.outcome, text, verdict);
        return;
      }
      stopping = text;
      composer.saveSelection();
      // The card goes beside the box: bring the box into view first (a reply box may sit at the screen's edge).
      composer.element.scrollIntoView({ block: 'nearest' });
      entry.stopped = action;
      entry.open = false;
      this.paint(true);
      // A site may hide or remove unknown elements: never hold a post behind a card nobody can see.
      if (!this.options.cardShown(composer.id)) throw new Error('Listen First: the guard card is not visible');
      event.preventDefault();
      event.stopImmediatePropagation();
    } catch (error) {
      entry.stopped = null;
      // The user saw no warning: the post that goes through now is not "posted anyway".
      if (stopping !== null) entry.composer.session.undoStop(stopping);
      this.schedulePaint();
      this.warnOnce(error);
    }
  }

  edit(id: number): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    entry.stopped = null;
    this.paint(false);
    entry.composer.restoreSelection();
  }

  postAnyway(id: number): void {
    const entry = this.byId.get(id);
    const action = entry?.stopped;
    if (!entry || !action) return;
    entry.stopped = null;
    this.paint(false);
    const { composer } = entry;
    composer.restoreSelection();
    // The text was warned about once, so this submit passes the guard and is recorded as "posted anyway".
    // A click on the site's own send button is the surest way to send; the key is the fallback where there is none.
    const button =
      action.kind === 'click' && action.button.isConnected
        ? action.button
        : buttonNear(composer.element, this.submitSelector);
    if (button) {
      button.click();
      return;
    }
    composer.element.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        code: 'Enter',
        ctrlKey: action.kind === 'key' && action.ctrl,
        metaKey: action.kind === 'key' && action.meta,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  }

  toggle(id: number): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    entry.open = !entry.open;
    this.paint(false);
  }

  close(id: number): void {
    const entry = this.byId.get(id);
    if (!entry?.open) return;
    entry.open = false;
    this.paint(false);
  }

  /** The user applied a suggestion: the one time Listen First writes into the site's editor. */
  apply(id: number, index: number, replacement: string): void {
    const entry = this.byId.get(id);
    const finding = entry?.verdict.findings[index];
    if (!entry || !finding) return;
    const { composer } = entry;
    if (composer.readText() !== composer.text) return; // the text moved on since the list was drawn
    replaceSpan(composer.driver, composer.element, finding.start, finding.end, replacement);
    composer.refresh(true);
  }

  ignore(id: number, phrase: string): void {
    const entry = this.byId.get(id);
    if (!entry || !phrase.trim()) return;
    const settings = this.options.settings();
    const key = phraseKey(phrase);
    if (!settings.ignoredPhrases.includes(key)) settings.ignoredPhrases.push(key);
    // Shown at once; the settings change that follows (saved by the caller) re-checks every draft.
    for (const other of this.entries.values()) this.updateVerdict(other);
    this.paint(false);
    this.onIgnore?.(key);
  }

  /** Set by the runtime: saves an ignored phrase to the settings. */
  onIgnore: ((phrase: string) => void) | null = null;

  // ---- composers ----------------------------------------------------------------------------------------------

  private attach(editable: HTMLElement): Entry | null {
    const known = this.entries.get(editable);
    if (known) return known;
    if (!editable.matches(this.editableSelector)) return null;
    if (this.excludeSelector && editable.closest(this.excludeSelector)) return null;
    const driver = driverFor(editable);
    if (!driver) return null;
    const spec = this.specOf(editable);
    const composer = new Composer(this.nextId++, editable, driver, this.kindOf(editable, spec), {
      context: (c) => this.contextFor(c),
      analysed: (c) => {
        const entry = this.entries.get(c.element);
        if (!entry) return;
        this.updateVerdict(entry);
        // Emptied after a warning: the user gave the draft up.
        if (!c.text.trim() && c.session.warning) this.abandon(entry);
        // Drawn now and committed at once (this runs in a frame callback): the badge changes in the frame that
        // shows the keystroke, not one or two frames later.
        this.paintNow();
      },
    });
    composer.account = this.options.adapter.currentUser?.(document) ?? null;
    // Fires when the box resizes and when the site removes it (its box drops to nothing).
    const observer = new ResizeObserver(this.safe(() => this.schedulePaint()));
    observer.observe(editable);
    const entry: Entry = {
      composer,
      keys: spec?.keys ?? this.options.adapter.composers.keys,
      verdict: { verdict: 'ok', findings: [] },
      views: null,
      open: false,
      stopped: null,
      observer,
    };
    this.entries.set(editable, entry);
    this.byId.set(composer.id, entry);
    this.loadFacts();
    composer.schedule();
    return entry;
  }

  private entryForButton(button: HTMLElement): Entry | null {
    const editable = editableNear(button, this.editableSelector);
    return editable ? this.attach(editable) : null;
  }

  /** The first spec the editable matches: it decides the box's kind and send keys. */
  private specOf(editable: HTMLElement): ComposerSpec | undefined {
    return this.options.adapter.composers.specs.find((spec) => editable.matches(anyOf(spec.editable)));
  }

  private kindOf(editable: HTMLElement, spec: ComposerSpec | undefined): ComposerKind {
    if (!spec) return 'comment';
    // A comment box inside a comment of the thread answers that comment.
    return spec.kind === 'comment' && editable.closest('[data-lf-id]') ? 'reply' : spec.kind;
  }

  private drop(entry: Entry, abandon = true): void {
    if (abandon) this.abandon(entry);
    entry.observer.disconnect();
    entry.composer.dispose();
    this.entries.delete(entry.composer.element);
    this.byId.delete(entry.composer.id);
    if (this.focused === entry.composer.element) this.focused = null;
  }

  private verdictOf(composer: Composer, text: string): DraftVerdict {
    return draftVerdict(composer.analyse(text), this.options.settings().ignoredPhrases);
  }

  private updateVerdict(entry: Entry): void {
    const { result } = entry.composer;
    entry.verdict = result
      ? draftVerdict(result, this.options.settings().ignoredPhrases)
      : { verdict: 'ok', findings: [] };
  }

  private contextFor(composer: Composer) {
    const thread = this.options.thread();
    const threadId = thread?.view.threadId ?? null;
    if (!this.factsCache.has(threadId ?? '')) this.loadFacts();
    const item = composer.element.closest('[data-lf-id]');
    return this.context.build({
      thread: thread?.view ?? null,
      revision: thread?.revision ?? -1,
      replyToId: item?.getAttribute('data-lf-id') ?? null,
      kind: composer.kind,
      settings: this.options.settings(),
      langHint: composer.element.closest('[lang]')?.getAttribute('lang') ?? undefined,
      facts: this.factsCache.get(composer.kind === 'post' ? '' : (threadId ?? '')) ?? null,
      account: composer.account,
    });
  }

  /** Fetches the history facts for the current thread once; every draft is checked again when they arrive. */
  private loadFacts(): void {
    const threadId = this.options.thread()?.view.threadId ?? null;
    for (const key of new Set([threadId ?? '', ''])) {
      if (this.factsCache.has(key)) continue;
      this.factsCache.set(key, null);
      void this.options
        .facts(key || null)
        .then((facts) => {
          if (!facts) return;
          this.factsCache.set(key, facts);
          this.refresh();
        })
        .catch(() => undefined);
    }
  }

  // ---- history ------------------------------------------------------------------------------------------------

  private record(composer: Composer, outcome: DraftRecord['outcome'], text: string, verdict: DraftVerdict): void {
    try {
      const settings = this.options.settings();
      const stats = settings.historyTexts === 'stats';
      const threadId = composer.kind === 'post' ? null : (this.options.thread()?.view.threadId ?? null);
      const site = this.options.adapter.id;
      const draft: DraftRecord = {
        at: Date.now(),
        site,
        threadKey: threadId ? `${site}:${threadId}` : null,
        url: location.href,
        composer: composer.kind,
        outcome,
        verdict: verdict.verdict,
        findings: verdict.findings.map((f) => ({
          ruleId: f.ruleId,
          category: f.category,
          severity: f.severity,
          ...(stats || !f.actual ? {} : { actual: f.actual }),
        })),
        chars: text.length,
        lang: composer.result?.lang ?? 'und',
      };
      if (!stats) draft.text = text;
      this.options.record(draft);
      if (outcome !== 'abandoned') this.countPost(threadId, text);
    } catch (error) {
      this.warnOnce(error);
    }
  }

  /** Keeps "less is more" and copy-paste current without asking the history again. */
  private countPost(threadId: string | null, text: string): void {
    for (const [key, facts] of this.factsCache) {
      if (!facts) continue;
      const inThread = key !== '' && key === threadId ? facts.inThread + 1 : facts.inThread;
      this.factsCache.set(key, { inThread, today: facts.today + 1, recentPosts: [text, ...facts.recentPosts] });
    }
    this.refresh();
  }

  private abandon(entry: Entry): void {
    const { composer } = entry;
    if (composer.session.abandon()) {
      const text = composer.lastDraft;
      this.record(composer, 'abandoned', text, this.verdictOf(composer, text));
    }
  }

  private abandonAll(): void {
    for (const entry of this.entries.values()) this.abandon(entry);
  }

  // ---- drawing ------------------------------------------------------------------------------------------------

  private paintNow(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    this.paint(true);
  }

  private schedulePaint(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(
      this.safe(() => {
        this.frame = null;
        this.paint(false);
      }),
    );
  }

  private paint(sync: boolean): void {
    const views: ComposerView[] = [];
    const marks: { severity: Finding['severity']; range: Range }[] = [];
    const lang = this.options.uiLanguage();
    const settings = this.options.settings();
    for (const entry of [...this.entries.values()]) {
      const { composer } = entry;
      if (!composer.element.isConnected) {
        this.drop(entry);
        continue;
      }
      composer.checkValue();
      const rect = composer.element.getBoundingClientRect();
      const active = this.focused === composer.element || entry.open || entry.stopped !== null;
      const hasText = composer.text.trim() !== '';
      if (rect.width === 0 && rect.height === 0) continue;
      const spans = entry.verdict.findings.filter((f) => f.end > f.start);
      composer.driver.rangesForSpans(composer.element, spans).forEach((range, i) => {
        const severity = spans[i]?.severity;
        if (range && severity) marks.push({ severity, range });
      });
      if (!active && !hasText) continue;
      views.push({
        id: composer.id,
        kind: composer.kind,
        box: { top: rect.top, left: rect.left, width: rect.width, height: rect.height },
        verdict: entry.verdict.verdict,
        findings: findingViews(entry, lang),
        truncated: composer.truncated ? MAX_ANALYSED : null,
        open: entry.open,
        stopped: entry.stopped !== null,
        guarded: stopsAt(entry.verdict.verdict, settings),
      });
    }
    setHighlights(marks);
    this.options.render(views, sync);
  }

  /** Wraps a listener so nothing it throws reaches the page (and the site's own handlers still run). */
  private safe<T extends unknown[]>(fn: (...args: T) => void): (...args: T) => void {
    return (...args: T) => {
      try {
        fn(...args);
      } catch (error) {
        this.warnOnce(error);
      }
    };
  }

  private warnOnce(error: unknown): void {
    if (this.warned) return;
    this.warned = true;
    console.warn('Listen First: the draft check failed; posting is not affected.', error);
  }
}

function findingViews(entry: Entry, lang: 'de' | 'en'): FindingView[] {
  const { verdict } = entry;
  if (entry.views?.verdict !== verdict || entry.views.lang !== lang) {
    entry.views = { verdict, lang, findings: verdict.findings.map((f, index) => findingView(f, index, lang)) };
  }
  return entry.views.findings;
}

function findingView(finding: Finding, index: number, lang: 'de' | 'en'): FindingView {
  return {
    index,
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    actual: finding.actual,
    message: describeFinding(lang, finding),
    suggestions: finding.suggestions,
    confidence: finding.confidence,
  };
}
