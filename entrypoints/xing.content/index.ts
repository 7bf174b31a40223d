// Content script for xing: only the hosts in lib/sites/registry.ts; all behaviour lives in lib/content.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '../../lib/content/run-site';
import { SITES } from '../../lib/sites/registry';
import { xingAdapter } from '../../lib/sites/xing/index';

export default defineContentScript({
  matches: SITES.xing.matches,
  runAt: 'document_idle',
  // Styles are bundled into the script and placed in our shadow root: no web-accessible CSS file
  // that a site could probe for, and nothing added to the site's document.
  cssInjectionMode: 'manual',
  // WXT announces a content script to the page by postMessage, and a page that posts it back could end ours.
  noScriptStartedPostMessage: true,
  // Our runtime keeps its own lifetime (lib/content/lifetime.ts): WXT's context can be ended by the page.
  main: () => runSite(xingAdapter),
});
