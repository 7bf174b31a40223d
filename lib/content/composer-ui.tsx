// The composer layer (badges, findings panel, marks, guard card) in a slot of our closed page UI, and the hit test
// that tells the guard whether its card is really on screen before it holds a send.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ComposerLayer } from '../../components/ComposerLayer';
import type { Translate } from '../i18n';
import type { ComposerActions, ComposerView } from './composer-view';
import type { PageUi } from './page-ui';

export interface ComposerLayerHandle {
  render(views: ComposerView[], sync: boolean): void;
  /** Whether the guard card of this composer is open, in the top layer, and what the user would click on. */
  cardShown(id: number): boolean;
  remove(): void;
}

export function mountComposerLayer(
  ui: PageUi,
  actions: ComposerActions,
  translate: () => Translate,
): ComposerLayerHandle {
  const slot = ui.slot('composers');
  const root = createRoot(slot);
  let last: ComposerView[] = [];
  return {
    render(views, sync) {
      // An empty layer stays empty: no React work on every scroll of a page without drafts.
      if (views.length === 0 && last.length === 0) return;
      last = views;
      // Single-page apps sometimes replace the body's children; the layer goes back, its React tree intact.
      ui.reattach();
      const viewport = { width: window.innerWidth, height: window.innerHeight };
      const tree = <ComposerLayer t={translate()} views={views} actions={actions} viewport={viewport} />;
      // The guard holds a send only once its card is on screen, so that render must not be deferred.
      if (sync) flushSync(() => root.render(tree));
      else root.render(tree);
    },
    cardShown(id) {
      const card = ui.shadow.querySelector<HTMLDialogElement>(`[data-lf-guard-card="${id}"]`);
      if (!card?.isConnected || !card.open || !card.matches(':modal')) return false;
      // Every action must be where a click lands on it: a page that hides, covers or shrinks our layer (or the top
      // layer above it) fails this, and the post goes through.
      const buttons = card.querySelectorAll('[data-lf-guard-edit], [data-lf-guard-post]');
      if (buttons.length !== 2) return false;
      for (const button of buttons) {
        const r = button.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        const hit = ui.shadow.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !button.contains(hit)) return false;
      }
      return true;
    },
    remove() {
      root.unmount();
      last = [];
    },
  };
}
