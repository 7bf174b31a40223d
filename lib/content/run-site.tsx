// Site-agnostic content-script runtime: our closed page UI (page button, comment badges, draft layer), the thread
// watcher and the composer hub, the settings they follow, and the status questions of the popup and side panel.
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PagePill } from '../../components/PagePill';
import { resolveUiLanguage, type Translate, translator } from '../i18n';
import { type ContentRequest, type ContentResponses, handleMessages, sendToBackground } from '../messaging';
import { loadSettings, type Settings, saveSettings, watchSettings } from '../settings';
import { SITES, type SiteId } from '../sites/registry';
import { queryFirst, type SelectorList, type SiteAdapter } from '../sites/types';
import { ComposerHub, type HubOptions } from './composer-hub';
import { type ComposerLayerHandle, mountComposerLayer } from './composer-ui';
import { phraseKey } from './draft-verdict';
import { ItemBadges } from './item-badges';
import { Lifetime } from './lifetime';
import { markItem, unmarkItem } from './marks';
import { pageShapeJson, pageShapeReport } from './page-shape';
import { createPageUi, type PageUi, UI_HOST_TAG } from './page-ui';
import { SeenWatch } from './seen-watch';
import { testSwitches } from './test-switches';
import { type ItemMarks, type ThreadStatus, ThreadWatcher } from './thread-watch';
import { warmUp } from './warm-up';

/** What runs while the site is switched on; all of it goes, and the page is as the site made it, when it is off. */
interface Running {
  ui: PageUi;
  pill: Root;
  badges: ItemBadges;
  watcher: ThreadWatcher;
  hub: ComposerHub;
  layer: ComposerLayerHandle;
  seen: SeenWatch;
  stopListening: () => void;
}

export async function runSite(adapter: SiteAdapter): Promise<void> {
  const site: SiteId = adapter.id;
  const lifetime = new Lifetime();
  let settings: Settings = await loadSettings();
  let hidden = false;
  let running: Running | null = null;
  // The browser's language is fixed for the page's life; asked once, not once per badge of a 1,000-comment pass.
  const browserLanguage = browser.i18n.getUILanguage();
  const uiLanguage = () => resolveUiLanguage(settings.uiLanguage, browserLanguage);
  const translate = (): Translate => translator(uiLanguage());
  const switches = testSwitches();
  /** This page's visit: comments first read after it count as unseen until they come on screen (lib/db/seen.ts). */
  const visitStart = Date.now();
  if (switches) lifetime.onEnd(switches.stop);

  /** The watcher's status, 'searching' before it starts. */
  const threadStatus = (): ThreadStatus => running?.watcher.snapshot().status ?? 'searching';

  lifetime.onEnd(
    handleMessages<ContentRequest, ContentResponses>({
      'page:status': () => {
        const snapshot = running?.watcher.snapshot();
        return {
          site,
          url: location.href,
          enabled: settings.sites[site],
          thread: {
            status: snapshot?.status ?? 'searching',
            id: snapshot?.threadId ?? null,
            items: snapshot?.items.length ?? 0,
            ...(running?.watcher.lastError ? { error: running.watcher.lastError } : {}),
          },
        };
      },
      'thread:snapshot': () => running?.watcher.snapshot() ?? null,
      'thread:scroll-to': ({ id }) => running?.watcher.scrollTo(id) ?? false,
      'page:shape': () => (running ? { json: shapeReport(adapter, threadStatus()) } : null),
    }),
  );

  /**
   * A message to the background answers null when it fails: history is a convenience, and reading and drafting go
   * on without it. A failure can also mean the extension was reloaded or removed; then this script ends itself.
   */
  const send = async <T,>(message: () => Promise<T>): Promise<T | null> => {
    try {
      return await message();
    } catch {
      lifetime.check();
      return null;
    }
  };

  /** The side panel beside this tab (the page button and the composer note ask); false when the browser refused. */
  const openSidePanel = () =>
    sendToBackground({ type: 'sidepanel:open' }).then(
      (r) => r.opened,
      () => false,
    );

  const start = (): Running => {
    const ui = createPageUi();
    const pill = createRoot(ui.slot('pill'));
    const badges = new ItemBadges(ui.slot('badges'), (node) => node.localName === UI_HOST_TAG);
    // Set once the hub exists: the comments come on screen only after both are made.
    let repaint = () => {};
    const seen = new SeenWatch({
      save: (ids) => void send(() => sendToBackground({ type: 'history:seen', ids, visit: visitStart })),
      ask: (threadId) => send(() => sendToBackground({ type: 'history:seen-in', threadId, visit: visitStart })),
      changed: () => repaint(),
    });
    const marks: ItemMarks = {
      show: (element, item) => {
        markItem(element, item);
        badges.set(element, item, translate(), settings.badges, settings.toneMarks);
        if (!item.own) seen.observe(element, item.id);
      },
      hide: (element) => {
        unmarkItem(element);
        badges.remove(element);
        seen.unobserve(element);
      },
      moved: () => badges.schedule(),
    };
    const watcher = new ThreadWatcher({
      adapter,
      settings: () => settings,
      marks,
      langHint: () => document.documentElement.lang || undefined,
      send: (batch) => void send(() => sendToBackground({ type: 'history:save', batch })),
    });
    let layer: ComposerLayerHandle | null = null;
    const hub = new ComposerHub({
      adapter,
      settings: () => settings,
      uiLanguage,
      thread: () => ({ view: watcher.current(), revision: watcher.revision }),
      activity: (threadId) => send(() => sendToBackground({ type: 'draft:context', threadId })),
      repeat: (text) => send(() => sendToBackground({ type: 'draft:repeat', text })),
      record: (draft) => void send(() => sendToBackground({ type: 'draft:record', draft })),
      render: (views, sync) => layer?.render(views, sync),
      ready: () => layer !== null,
      cardShown: (id) => layer?.cardShown(id) ?? false,
      unread: unreadOf(watcher, seen),
      openBrief: () => void openSidePanel(),
      isOurs: (element) => element.localName === UI_HOST_TAG,
      ...(import.meta.env.MODE === 'e2e' && switches ? { failGuard: switches.failGuard } : {}),
    });
    hub.onIgnore = (phrase) => {
      // "Ignore this phrase" on one the user asked to always flag: it leaves that list too, so the lists agree.
      void saveSettings({
        ignoredPhrases: [...settings.ignoredPhrases.filter((p) => p !== phrase), phrase],
        alwaysFlag: settings.alwaysFlag.filter((p) => phraseKey(p) !== phrase),
      });
    };
    hub.onSilence = (ruleId, on) => {
      const others = settings.disabledRules.filter((r) => r !== ruleId);
      // This tab follows at once, its comment badges too (the change event that follows the save finds nothing new);
      // a new array, since the engine caches the expanded rule set by the array's identity.
      settings = { ...settings, disabledRules: on ? others : [...others, ruleId] };
      watcher.refresh(true);
      // Saved through the same settings item as the options page: every other tab follows the change event.
      void saveSettings({ disabledRules: settings.disabledRules });
    };
    repaint = () => hub.repaint();
    layer = mountComposerLayer(ui, hub, translate);
    // Badges follow their comments; explanations show on a real pointer over a chip (the chips take no events).
    const onMove = (event: MouseEvent) => {
      if (event.isTrusted) badges.hover(event.clientX, event.clientY);
    };
    const onScroll = () => badges.schedule();
    // Leaving the page: what came on screen in the last second is saved too.
    const onHide = () => seen.flush();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('mousemove', onMove, { passive: true });
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    hub.start();
    // Reading starts once the engine's lists are built, each in a task of its own (warm-up.ts).
    void warmUp(() => running?.watcher === watcher).then(() => {
      if (running?.watcher === watcher) watcher.start();
    });
    return {
      ui,
      pill,
      badges,
      watcher,
      hub,
      layer,
      seen,
      stopListening: () => {
        window.removeEventListener('pagehide', onHide);
        window.removeEventListener('mousemove', onMove);
        window.removeEventListener('scroll', onScroll, { capture: true });
        window.removeEventListener('resize', onScroll);
      },
    };
  };

  /** Switched off (or the extension went away): every mark, badge and listener goes; the page is the site's again. */
  const stop = (current: Running) => {
    current.stopListening();
    current.seen.stop();
    current.watcher.stop(true);
    current.hub.stop();
    current.layer.remove();
    current.badges.clear();
    current.pill.unmount();
    current.ui.remove();
  };
  lifetime.onEnd(() => {
    if (running) stop(running);
    running = null;
  });

  const render = () => {
    if (!running) return;
    running.ui.setLanguage(uiLanguage());
    running.pill.render(
      hidden ? null : (
        <PagePill
          t={translate()}
          siteName={SITES[site].name}
          status={threadStatus}
          onOpenPanel={openSidePanel}
          onHide={() => {
            hidden = true;
            render();
          }}
        />
      ),
    );
  };

  const sync = () => {
    if (settings.sites[site] && !running) running = start();
    else if (!settings.sites[site] && running) {
      stop(running);
      running = null;
    }
    render();
  };

  lifetime.onEnd(
    watchSettings((next) => {
      // The comments' analysis depends on these; everything else only changes how its result is shown.
      const reanalyse =
        next.watchlist.join('\n') !== settings.watchlist.join('\n') ||
        next.disabledRules.join('\n') !== settings.disabledRules.join('\n') ||
        next.sensitivity !== settings.sensitivity;
      const rebadge =
        reanalyse ||
        next.badges !== settings.badges ||
        next.toneMarks !== settings.toneMarks ||
        next.uiLanguage !== settings.uiLanguage;
      settings = next;
      sync();
      if (rebadge) running?.watcher.refresh(reanalyse);
      running?.hub.refresh();
    }),
  );
  sync();
}

/**
 * The hub's question "what has the user not seen in the focused thread?", answered again only when the thread was read
 * again or something came on screen: the hub asks on every frame it draws, scrolling included.
 */
function unreadOf(watcher: ThreadWatcher, seen: SeenWatch): HubOptions['unread'] {
  let key = '';
  let last: ReturnType<HubOptions['unread']> = null;
  return () => {
    const { threadId, items } = watcher.current();
    if (threadId === null) return null;
    const now = `${threadId}\u0000${watcher.revision}\u0000${seen.version}`;
    if (now === key) return last;
    const unread = seen.unread(threadId, [...items.values()], Date.now());
    // Not kept while the history is being asked: its answer moves the version anyway.
    if (!unread) return null;
    key = now;
    last = { threadId, ...unread };
    return last;
  };
}

/** Our selector lists by name, the composers' included: their match counts say which part of a site changed. */
function shapeSelectors(adapter: SiteAdapter): Record<string, SelectorList> {
  const lists: Record<string, SelectorList> = { ...adapter.selectors };
  adapter.composers.specs.forEach((spec, i) => {
    lists[`composer.${spec.kind}.${i}`] = spec.editable;
  });
  lists['composer.submit'] = adapter.composers.submit;
  lists['composer.exclude'] = adapter.composers.exclude;
  return lists;
}

/** The page shape report of this page, with the thread (or else a composer) detailed first. */
function shapeReport(adapter: SiteAdapter, status: ThreadStatus): string {
  let focus: Element | null = null;
  try {
    focus = adapter.findThreadRoots(document)[0] ?? null;
    for (const spec of adapter.composers.specs) focus ??= queryFirst(document, spec.editable);
  } catch {
    // A page that breaks our reader is exactly when the report is wanted: it is made without a focus then.
  }
  const shape = pageShapeReport(document.body, { selectors: shapeSelectors(adapter), focus });
  return pageShapeJson(shape, { site: adapter.id, status, extension: browser.runtime.getManifest().version });
}
