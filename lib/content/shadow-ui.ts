// Listen First's in-page UI roots: a shadow host at the end of the body with our styles inside, a React root in
// it, and the keys typed there kept from the site. Shared by the page button and the composer layer.
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import contentCss from '../../components/styles/content.css?inline';
import { toShadowCss } from '../ui/shadow-css';

export function createReactShadowUi(ctx: ContentScriptContext, name: string): Promise<ShadowRootContentScriptUi<Root>> {
  return createShadowRootUi<Root>(ctx, {
    name,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: toShadowCss(contentCss),
    // Keys typed in our UI must not reach the site's shortcuts (X: "j", "l", "r" …) or its editors.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: (container) => createRoot(container),
    onRemove: (root) => root?.unmount(),
  });
}
