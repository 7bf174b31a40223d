// Site-agnostic content-script runtime: answers status questions and shows the page button.
// Entry points stay thin (runSite(ctx, 'facebook')); everything a site adds comes later as data.
import type { Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PagePill } from '../../components/PagePill';
import { resolveUiLanguage, type Translate, translator } from '../i18n';
import { type ContentRequest, type ContentResponses, handleMessages, sendToBackground } from '../messaging';
import { loadSettings, type Settings, saveSettings, watchSettings } from '../settings';
import { SITES, type SiteId } from '../sites/registry';
import type { SiteAdapter } from '../sites/types';
import { ComposerHub } from './composer-hub';
import { type ComposerLayerHandle, mountComposerLayer } from './composer-ui';
import { phraseKey } from './draft-verdict';
import { createReactShadowUi } from './shadow-ui';
import { ThreadWatcher } from './thread-watch';

/** Tag name of our shadow host; tests and other tools find Listen First's UI by it. */
export const UI_HOST_TAG = 'listen-first-ui';

export async function runSite(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  const site: SiteId = adapter.id;
  let settings: Settings = await loadSettings();
  let hidden = false;
  let ui: ShadowRootContentScriptUi<Root> | null = null;
  let watcher: ThreadWatcher | null = null;
  let hub: ComposerHub | null = null;
  let layer: ComposerLayerHandle | null = null;
  let failGuard = false;
  const uiLanguage = () => resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
  const translate = (): Translate => translator(uiLanguage());

  const stopMessages = handleMessages<ContentRequest, ContentResponses>({
    'page:status': () => {
      const snapshot = watcher?.snapshot();
      return {
        site,
        url: location.href,
        enabled: settings.sites[site],
        thread: {
          status: snapshot?.status ?? 'searching',
          id: snapshot?.threadId ?? null,
          items: snapshot?.items.length ?? 0,
          ...(watcher?.lastError ? { error: watcher.lastError } : {}),
        },
      };
    },
    'thread:snapshot': () => watcher?.snapshot() ?? null,
    'thread:scroll-to': ({ id }) => watcher?.scrollTo(id) ?? false,
  });
  ctx.onInvalidated(stopMessages);

  // Reading runs while the site is switched on; it stops (and leaves the page alone) when it is switched off.
  const syncWatcher = () => {
    if (settings.sites[site] && !watcher) {
      watcher = new ThreadWatcher({
        adapter,
        settings: () => settings,
        translate,
        langHint: () => document.documentElement.lang || undefined,
        send: (batch) => {
          // History is a convenience: a failed save must never disturb reading or the page.
          sendToBackground({ type: 'history:save', batch }).catch(() => undefined);
        },
      });
      watcher.start();
      startHub();
    } else if (!settings.sites[site] && watcher) {
      // Switched off: the page goes back to how the site made it.
      watcher.stop(true);
      watcher = null;
      hub?.stop();
      hub = null;
      layer?.remove();
      layer = null;
    }
  };
  ctx.onInvalidated(() => {
    watcher?.stop();
    hub?.stop();
  });

  // The draft checker and guard: composers are found when the user focuses or types in one.
  const startHub = () => {
    const created = new ComposerHub({
      adapter,
      settings: () => settings,
      uiLanguage,
      thread: () => (watcher ? { view: watcher.current(), revision: watcher.revision } : null),
      facts: (threadId) => sendToBackground({ type: 'draft:context', site, threadId }),
      record: (draft) => {
        sendToBackground({ type: 'draft:record', draft }).catch(() => undefined);
      },
      render: (views, sync) => layer?.render(views, sync),
      ready: () => layer !== null,
      cardShown: (id) => layer?.cardShown(id) ?? false,
      failGuard: () => failGuard,
    });
    created.onIgnore = (phrase) => {
      // "Ignore this phrase" on one the user asked to always flag: it leaves that list too, so the lists agree.
      void saveSettings({
        ignoredPhrases: [...settings.ignoredPhrases.filter((p) => p !== phrase), phrase],
        alwaysFlag: settings.alwaysFlag.filter((p) => phraseKey(p) !== phrase),
      });
    };
    hub = created;
    created.start();
    void mountComposerLayer(ctx, created, translate, uiLanguage).then((mounted) => {
      if (hub !== created || ctx.isInvalid) return mounted.remove();
      layer = mounted;
    });
  };

  // Test hook: e2e tests set storage.local "debug:failGuard" to prove a broken guard never blocks a post.
  const readDebug = async () => {
    const stored = (await browser.storage.local.get('debug:failGuard')) as Record<string, unknown>;
    failGuard = stored['debug:failGuard'] === true;
  };
  await readDebug().catch(() => undefined);
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'debug:failGuard' in changes) void readDebug().catch(() => undefined);
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  const render = () => {
    // Our UI speaks the user's language, not the page's: screen readers and quotation marks follow lang.
    ui?.shadowHost.setAttribute('lang', uiLanguage());
    ui?.mounted?.render(
      <PagePill
        t={translate()}
        siteName={SITES[site].name}
        onOpenPanel={() =>
          sendToBackground({ type: 'sidepanel:open' }).then(
            (r) => r.opened,
            () => false,
          )
        }
        onHide={() => {
          hidden = true;
          sync();
        }}
      />,
    );
  };

  const sync = async () => {
    const wanted = settings.sites[site] && !hidden;
    if (wanted && !ui) {
      const created = await createReactShadowUi(ctx, UI_HOST_TAG);
      if (ui || ctx.isInvalid) return created.remove();
      ui = created;
      ui.shadowHost.setAttribute('data-lf-site', site);
      ui.mount();
    } else if (!wanted && ui) {
      ui.remove();
      ui = null;
    }
    render();
  };

  ctx.onInvalidated(
    watchSettings((next) => {
      // The comments' analysis depends on these; everything else only changes how its result is shown.
      const reanalyse =
        next.watchlist.join('\n') !== settings.watchlist.join('\n') ||
        next.disabledRules.join('\n') !== settings.disabledRules.join('\n') ||
        next.sensitivity !== settings.sensitivity;
      const rebadge = reanalyse || next.badges !== settings.badges || next.uiLanguage !== settings.uiLanguage;
      settings = next;
      syncWatcher();
      if (rebadge) watcher?.refresh(reanalyse);
      hub?.refresh();
      void sync();
    }),
  );
  syncWatcher();
  await sync();
}
