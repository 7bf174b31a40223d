// Mounts the composer layer (badges, findings panel, guard card) in its own shadow root at the end of the body,
// so the site's CSS cannot reach it and nothing is inserted into the site's composers.
import { flushSync } from 'react-dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ComposerLayer } from '../../components/ComposerLayer';
import type { Translate, UiLanguage } from '../i18n';
import type { ComposerActions, ComposerView } from './composer-view';
import { createReactShadowUi } from './shadow-ui';

export const COMPOSER_HOST_TAG = 'listen-first-composer';

export interface ComposerLayerHandle {
  render(views: ComposerView[], sync: boolean): void;
  /** Whether the guard card of this composer is in the page and has a size (not hidden by the site). */
  cardShown(id: number): boolean;
  remove(): void;
}

export async function mountComposerLayer(
  ctx: ContentScriptContext,
  actions: ComposerActions,
  translate: () => Translate,
  lang: () => UiLanguage,
): Promise<ComposerLayerHandle> {
  const ui = await createReactShadowUi(ctx, COMPOSER_HOST_TAG);
  ui.mount();
  let last: ComposerView[] = [];
  return {
    render(views, sync) {
      // An empty layer stays empty: no React work on every scroll of a page without drafts.
      if (views.length === 0 && last.length === 0) return;
      last = views;
      // Single-page apps sometimes replace the body's children; the layer goes back, its React tree intact.
      if (!ui.shadowHost.isConnected) document.body?.append(ui.shadowHost);
      const root = ui.mounted;
      if (!root) return;
      // Our UI speaks the user's language, not the page's: screen readers and quotation marks follow lang.
      ui.shadowHost.setAttribute('lang', lang());
      const tree = <ComposerLayer t={translate()} views={views} actions={actions} />;
      // The guard stops a submit only once its card is on screen, so that render must not be deferred.
      if (sync) flushSync(() => root.render(tree));
      else root.render(tree);
    },
    cardShown(id) {
      const card = ui.shadowHost.isConnected ? ui.shadow.querySelector(`[data-lf-guard-card="${id}"]`) : null;
      if (!card) return false;
      const rect = card.getBoundingClientRect();
      // Hidden by an ancestor (display:none, visibility:hidden, opacity:0 on body or html) counts as not shown.
      const visible = card.checkVisibility?.({ visibilityProperty: true, opacityProperty: true }) ?? true;
      return visible && rect.width > 0 && rect.height > 0;
    },
    remove: () => ui.remove(),
  };
}
