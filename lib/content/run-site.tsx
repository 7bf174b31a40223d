// Site-agnostic content-script runtime: answers status questions and shows the page button.
// Entry points stay thin (runSite(ctx, 'facebook')); everything a site adds comes later as data.
import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PagePill } from '../../components/PagePill';
import contentCss from '../../components/styles/content.css?inline';
import { resolveUiLanguage, translator } from '../i18n';
import { type ContentRequest, type ContentResponses, handleMessages, sendToBackground } from '../messaging';
import { loadSettings, type Settings, watchSettings } from '../settings';
import { SITES, type SiteId } from '../sites/registry';
import { toShadowCss } from '../ui/shadow-css';

/** Tag name of our shadow host; tests and other tools find Listen First's UI by it. */
export const UI_HOST_TAG = 'listen-first-ui';

export async function runSite(ctx: ContentScriptContext, site: SiteId): Promise<void> {
  let settings: Settings = await loadSettings();
  let hidden = false;
  let ui: ShadowRootContentScriptUi<Root> | null = null;

  const stopMessages = handleMessages<ContentRequest, ContentResponses>({
    'page:status': () => ({ site, url: location.href, enabled: settings.sites[site] }),
  });
  ctx.onInvalidated(stopMessages);

  const render = () => {
    const lang = resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
    ui?.mounted?.render(
      <PagePill
        t={translator(lang)}
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
      const created = await createShadowRootUi<Root>(ctx, {
        name: UI_HOST_TAG,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: toShadowCss(contentCss),
        // Keys typed in our UI must not trigger the site's shortcuts (X: "j", "l", "r" …).
        isolateEvents: ['keydown', 'keyup', 'keypress'],
        onMount: (container) => createRoot(container),
        onRemove: (root) => root?.unmount(),
      });
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
      settings = next;
      void sync();
    }),
  );
  await sync();
}
