// The composers of one page: finds them as the user focuses or types in one, keeps each draft analysed, and wires
// the user's sends to the guard (submit-guard), its outcomes to the history (draft-record) and every frame to the
// layer (composer-paint). Only trusted events count: a page's script cannot raise, dismiss or probe a card.
import type { DraftOutcome } from '../db/drafts';
import { replaceSpan } from '../editors/apply';
import { driverFor, editableOf } from '../editors/detect';
import { ruleNameKey } from '../i18n/rule-names';
import type { DraftActivity, WireDraft } from '../messaging';
import type { Settings } from '../settings';
import type { ComposerSpec, SiteAdapter, SubmitKey } from '../sites/types';
import { Composer, type ComposerKind } from './composer';
import { composerView, type PaintState } from './composer-paint';
import type { ComposerActions, ComposerView, UnreadView } from './composer-view';
import { DraftContextBuilder, type ThreadView } from './draft-context';
import { draftRecord } from './draft-record';
import { RepeatCheck } from './draft-repeat';
import { type DraftVerdict, draftVerdict, phraseKey, stopsAt } from './draft-verdict';
import {
  anyOf,
  isKeyActivation,
  isSubmitKey,
  labelSet,
  picksSuggestion,
  type SubmitTargets,
  sendControlOf,
  submitOf,
} from './submit-detect';
import { guardSubmit } from './submit-guard';

export interface HubOptions {
  adapter: SiteAdapter;
  settings: () => Settings;
  uiLanguage: () => 'de' | 'en';
  /** The thread on the page, as the thread watcher last read it, and its pass counter. */
  thread: () => { view: ThreadView; revision: number } | null;
  /** How often the user posted in a thread (null: a new post) and today, on this site; null when unknown. */
  activity: (threadId: string | null) => Promise<DraftActivity | null>;
  /** How close a text is to the user's recent posts on this site (asked from the background). */
  repeat: (text: string) => Promise<{ similarity: number } | null>;
  record: (draft: WireDraft) => void;
  /** Draws the badges, panels, marks and cards; `sync` commits at once (the guard's card before it holds a send). */
  render: (views: ComposerView[], sync: boolean) => void;
  /** Whether the layer that shows the card is in the page: without it the guard never holds anything. */
  ready: () => boolean;
  /** Whether this composer's card is on screen now, by a hit test: a send is only held while the user sees why. */
  cardShown: (id: number) => boolean;
  /**
   * Replies in the focused thread the user has not had on screen (seen-watch.ts); null without a thread or while the
   * history is asked.
   */
  unread: () => { threadId: string; ids: readonly string[]; waiting: number } | null;
  /** Opens the side panel with the thread's brief; called in the user's click, which the browser requires. */
  openBrief: () => void;
  /** Whether an element is the host of our closed layer (focus moving into it is not focus leaving the box). */
  isOurs: (element: Element) => boolean;
  /** End-to-end builds only (compiled out of production): makes the guard throw, to prove posts still go through. */
  failGuard?: () => boolean;
}

type SubmitAction = { kind: 'key'; ctrl: boolean; meta: boolean } | { kind: 'click'; button: HTMLElement };

interface Entry extends PaintState {
  /** The keys that send from this box: its spec's, else the site's. */
  keys: readonly SubmitKey[];
  action: SubmitAction | null;
  observer: ResizeObserver;
}

export class ComposerHub implements ComposerActions {
  private readonly entries = new Map<HTMLElement, Entry>();
  private readonly byId = new Map<number, Entry>();
  private readonly context = new DraftContextBuilder();
  private readonly activity = new Map<string, DraftActivity | null>();
  private readonly repeats: RepeatCheck;
  private readonly editableSelector: string;
  private readonly excludeSelector: string;
  private readonly targets: SubmitTargets;
  private nextId = 1;
  private focused: HTMLElement | null = null;
  private frame: number | null = null;
  private readonly listeners: [string, EventListener, AddEventListenerOptions][] = [];
  private warned = false;
  /** Per thread, the replies counted when the user closed its note: it shows again only for one not among them. */
  private readonly dismissed = new Map<string, ReadonlySet<string>>();

  constructor(private readonly options: HubOptions) {
    const { composers } = options.adapter;
    this.editableSelector = composers.specs.map((spec) => anyOf(spec.editable)).join(', ');
    this.excludeSelector = anyOf(composers.exclude);
    this.targets = {
      selector: anyOf(composers.submit),
      editables: this.editableSelector,
      labels: labelSet(composers.submitLabels),
    };
    this.repeats = new RepeatCheck(options.repeat, () => this.refresh());
  }

  start(): void {
    // Capture at window: before the editors' own handlers and React's root listener (selectors.md §5). Events a
    // script dispatched are not the user's: they attach nothing, and the guard leaves them alone.
    const user = (listener: (event: never) => void) => (event: Event) => {
      if (event.isTrusted) (listener as (event: Event) => void)(event);
    };
    this.on(
      'keydown',
      user((e: KeyboardEvent) => this.onKeyDown(e)),
      { capture: true },
    );
    this.on(
      'click',
      user((e: MouseEvent) => this.onClick(e)),
      { capture: true },
    );
    this.on(
      'focusin',
      user((e: FocusEvent) => this.onFocus(e)),
      { capture: true },
    );
    this.on(
      'input',
      user((e: Event) => this.onInput(e)),
      { capture: true, passive: true },
    );
    this.on(
      'pagehide',
      user(() => this.abandonAll()),
      { capture: true },
    );
    // Only when to draw: a forged one costs a frame, and shows the page nothing.
    this.on('focusout', () => this.schedulePaint(), { capture: true, passive: true });
    this.on('scroll', () => this.schedulePaint(), { capture: true, passive: true });
    this.on('resize', () => this.schedulePaint(), { passive: true });
  }

  stop(): void {
    for (const [type, listener, options] of this.listeners) window.removeEventListener(type, listener, options);
    this.listeners.length = 0;
    this.abandonAll();
    for (const entry of this.entries.values()) this.drop(entry, false);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.repeats.stop();
    this.options.render([], false);
  }

  /** Settings, the thread or the history changed: analyse every draft again with the new context. */
  refresh(): void {
    for (const entry of this.entries.values()) entry.composer.invalidate();
  }

  /** What the layer shows changed without a draft changing (the unread count moved): drawn in the next frame. */
  repaint(): void {
    if (this.focused) this.schedulePaint();
  }

  /** Number of composers being checked (for the page status). */
  get size(): number {
    return this.entries.size;
  }

  private on(type: string, listener: (event: never) => void, options: AddEventListenerOptions): void {
    const wrapped = this.safe(listener as (event: Event) => void);
    window.addEventListener(type, wrapped, options);
    this.listeners.push([type, wrapped, options]);
  }

  // ---- events -------------------------------------------------------------------------------------------------

  private onFocus(event: FocusEvent): void {
    const target = event.composedPath()[0] ?? null;
    // Into our own layer (the note's buttons): the box keeps its note, or a click on one would remove it first.
    if (target instanceof Element && this.options.isOurs(target)) return;
    const editable = editableOf(target);
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
    const hit = submitOf(target, this.targets);
    if (!hit || !isKeyActivation(event, hit.button)) return;
    const entry = this.attach(hit.editable);
    if (entry) this.guard(event, entry, { kind: 'click', button: hit.button });
  }

  private onClick(event: MouseEvent): void {
    if (event.button !== 0) return;
    const hit = submitOf(event.composedPath()[0] ?? null, this.targets);
    if (!hit) return;
    const entry = this.attach(hit.editable);
    if (entry) this.guard(event, entry, { kind: 'click', button: hit.button });
  }

  // ---- the guard ----------------------------------------------------------------------------------------------

  private guard(event: Event, entry: Entry, action: SubmitAction): void {
    const { composer } = entry;
    guardSubmit(event, {
      active: () => {
        if (import.meta.env.MODE === 'e2e' && this.options.failGuard?.()) throw new Error('forced guard failure');
        return this.options.settings().sites[this.options.adapter.id] && this.options.ready();
      },
      // Read now: Facebook empties the editor during its own Enter handling, right after this listener.
      readText: () => composer.readText(),
      verdict: (text) => this.verdictOf(composer, text),
      stops: (verdict) => stopsAt(verdict.verdict, this.options.settings()),
      session: composer.session,
      showCard: () => {
        composer.saveSelection();
        // The card goes beside the box: bring the box into view first (a reply box may sit at the screen's edge).
        composer.element.scrollIntoView({ block: 'nearest' });
        entry.action = action;
        entry.stopped = true;
        entry.open = false;
        this.paint(true);
        return this.options.cardShown(composer.id);
      },
      hideCard: () => {
        entry.action = null;
        entry.stopped = false;
        this.schedulePaint();
      },
      record: (outcome, text, verdict) => this.record(composer, outcome, text, verdict),
      warn: (error) => this.warnOnce(error),
    });
  }

  edit(id: number): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    entry.action = null;
    entry.stopped = false;
    entry.silenced = null;
    this.paint(false);
    entry.composer.restoreSelection();
  }

  postAnyway(id: number): void {
    const entry = this.byId.get(id);
    const action = entry?.action;
    if (!entry || !action) return;
    entry.action = null;
    entry.stopped = false;
    entry.silenced = null;
    this.paint(false);
    const { composer } = entry;
    composer.restoreSelection();
    // The send below is ours, so the guard does not see it (untrusted): the outcome is recorded here.
    const text = composer.readText();
    const decision = composer.session.submit(text, true);
    if (decision.action === 'pass') this.record(composer, decision.outcome, text, this.verdictOf(composer, text));
    // A click on the site's own send button is the surest way to send; the key is the fallback where there is none.
    const button =
      action.kind === 'click' && action.button.isConnected
        ? action.button
        : sendControlOf(composer.element, this.targets);
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

  openBrief(id: number): void {
    if (this.byId.has(id)) this.options.openBrief();
  }

  dismissUnread(id: number): void {
    const unread = this.byId.has(id) ? this.options.unread() : null;
    if (!unread) return;
    this.dismissed.set(unread.threadId, new Set(unread.ids));
    this.paint(false);
    // The button that had the focus is gone: the user goes on writing where they were.
    const entry = this.byId.get(id);
    if (entry?.composer.element.isConnected) entry.composer.element.focus({ preventScroll: true });
  }

  /** The note for the focused box: replies not seen, unless there are none or the user closed it for them. */
  private unreadView(composer: Composer): UnreadView | null {
    if (composer.kind === 'post') return null;
    const unread = this.options.unread();
    if (!unread || unread.ids.length === 0) return null;
    const dismissed = this.dismissed.get(unread.threadId);
    if (dismissed && unread.ids.every((id) => dismissed.has(id))) return null;
    return { count: unread.ids.length, waiting: unread.waiting };
  }

  toggle(id: number): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    entry.open = !entry.open;
    entry.silenced = null;
    this.paint(false);
  }

  close(id: number): void {
    const entry = this.byId.get(id);
    if (!entry?.open) return;
    entry.open = false;
    entry.silenced = null;
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

  /**
   * "Don't flag this kind" on a finding in this box's list. Only a rule of a finding the list shows, and one the user
   * can name, is silenced: the user's own lists (watchlist, always-flag) are edited in the settings instead.
   */
  silence(id: number, ruleId: string): void {
    const entry = this.byId.get(id);
    if (!entry || !ruleNameKey(ruleId) || !entry.verdict.findings.some((f) => f.ruleId === ruleId)) return;
    entry.silenced = ruleId;
    this.setRule(ruleId, false);
  }

  unsilence(id: number): void {
    const entry = this.byId.get(id);
    const ruleId = entry?.silenced;
    if (!entry || !ruleId) return;
    entry.silenced = null;
    this.setRule(ruleId, true);
  }

  /** Set by the runtime: switches a rule off (or on again) in the settings, at once for this tab, and saves it. */
  onSilence: ((ruleId: string, on: boolean) => void) | null = null;

  private setRule(ruleId: string, on: boolean): void {
    this.onSilence?.(ruleId, on);
    // Shown at once, then analysed again with the rule skipped (or back), as the settings now say.
    for (const entry of this.entries.values()) this.updateVerdict(entry);
    this.refresh();
    this.paint(false);
  }

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
      context: (c, text) => this.contextFor(c, text),
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
      stopped: false,
      silenced: null,
      action: null,
      observer,
    };
    this.entries.set(editable, entry);
    this.byId.set(composer.id, entry);
    this.loadActivity();
    composer.schedule();
    return entry;
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
    const { ignoredPhrases, disabledRules } = this.options.settings();
    return draftVerdict(composer.analyse(text), ignoredPhrases, disabledRules);
  }

  private updateVerdict(entry: Entry): void {
    const { result } = entry.composer;
    const { ignoredPhrases, disabledRules } = this.options.settings();
    entry.verdict = result ? draftVerdict(result, ignoredPhrases, disabledRules) : { verdict: 'ok', findings: [] };
  }

  private contextFor(composer: Composer, text: string) {
    const thread = this.options.thread();
    const threadId = thread?.view.threadId ?? null;
    if (!this.activity.has(threadId ?? '')) this.loadActivity();
    const item = composer.element.closest('[data-lf-id]');
    return this.context.build({
      thread: thread?.view ?? null,
      revision: thread?.revision ?? -1,
      replyToId: item?.getAttribute('data-lf-id') ?? null,
      kind: composer.kind,
      settings: this.options.settings(),
      langHint: composer.element.closest('[lang]')?.getAttribute('lang') ?? undefined,
      activity: this.activity.get(composer.kind === 'post' ? '' : (threadId ?? '')) ?? null,
      repeatSimilarity: this.repeats.similarity(text),
      account: composer.account,
    });
  }

  /** Asks the history once per thread how often the user posted there; every draft is checked again on the answer. */
  private loadActivity(): void {
    const threadId = this.options.thread()?.view.threadId ?? null;
    for (const key of new Set([threadId ?? '', ''])) {
      if (this.activity.has(key)) continue;
      this.activity.set(key, null);
      void this.options
        .activity(key || null)
        .then((activity) => {
          if (!activity) return;
          this.activity.set(key, activity);
          this.refresh();
        })
        .catch(() => undefined);
    }
  }

  // ---- history ------------------------------------------------------------------------------------------------

  private record(composer: Composer, outcome: DraftOutcome, text: string, verdict: DraftVerdict): void {
    const threadId = composer.kind === 'post' ? null : (this.options.thread()?.view.threadId ?? null);
    this.options.record(
      draftRecord({
        kind: composer.kind,
        outcome,
        text,
        verdict,
        lang: composer.result?.lang ?? 'und',
        threadId,
        url: location.href,
        statsOnly: this.options.settings().historyTexts === 'stats',
        at: Date.now(),
      }),
    );
    if (outcome !== 'abandoned') this.countPost(threadId);
  }

  /** Keeps "less is more" and copy-paste current without waiting for the history. */
  private countPost(threadId: string | null): void {
    for (const [key, activity] of this.activity) {
      if (!activity) continue;
      const inThread = key !== '' && key === threadId ? activity.inThread + 1 : activity.inThread;
      this.activity.set(key, { inThread, today: activity.today + 1 });
    }
    this.repeats.forget();
    this.refresh();
  }

  private abandon(entry: Entry): void {
    const { composer } = entry;
    if (!composer.session.abandon()) return;
    try {
      const text = composer.lastDraft;
      this.record(composer, 'abandoned', text, this.verdictOf(composer, text));
    } catch (error) {
      this.warnOnce(error);
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
    const lang = this.options.uiLanguage();
    const settings = this.options.settings();
    for (const entry of [...this.entries.values()]) {
      const { composer } = entry;
      if (!composer.element.isConnected) {
        this.drop(entry);
        continue;
      }
      composer.checkValue();
      // Flagged again elsewhere (the settings page, another tab): the note saying it is silenced would be wrong.
      if (entry.silenced && !settings.disabledRules.includes(entry.silenced)) entry.silenced = null;
      const focused = this.focused === composer.element;
      const unread = focused && !entry.stopped ? this.unreadView(composer) : null;
      const view = composerView(entry, lang, focused, stopsAt(entry.verdict.verdict, settings), unread);
      if (view) views.push(view);
    }
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
