// Content script for x: only the hosts in lib/sites/registry.ts; all behaviour lives in lib/content.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '../../lib/content/run-site';
import { SITES } from '../../lib/sites/registry';
import { xAdapter } from '../../lib/sites/x/index';

export default defineContentScript({
  matches: SITES.x.matches,
  runAt: 'document_idle',
  // Styles are bundled into the script and placed in our shadow root: no web-accessible CSS file
  // that a site could probe for, and nothing added to the site's document.
  cssInjectionMode: 'manual',
  main: (ctx) => runSite(ctx, xAdapter),
});
