// Background service worker (Chrome) / event page (Firefox): the message router.
// It will own the IndexedDB history; content scripts never open a database in the site's origin.
import { defineBackground } from 'wxt/utils/define-background';
import { type BackgroundRequest, type BackgroundResponses, handleMessages } from '../lib/messaging';
import { openSidePanel } from '../lib/sidepanel';

export default defineBackground(() => {
  handleMessages<BackgroundRequest, BackgroundResponses>({
    // Called from the page button's click: sidePanel.open must run before any await to keep the
    // user gesture, so it is the first thing this handler does.
    'sidepanel:open': async (_message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { opened: false };
      return { opened: await openSidePanel({ tabId }) };
    },
  });
});
