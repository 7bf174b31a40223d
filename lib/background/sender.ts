// Who sent a runtime message, from what the browser says about the sender, never from the message: one of the
// extension's own pages, a content script in the top frame of a supported site's tab (and which site), or nobody.
import type { Browser } from 'wxt/browser';
import { type SiteId, siteForUrl } from '../sites/registry';

export type MessageSender = Browser.runtime.MessageSender;

export type Sender = { kind: 'page' } | { kind: 'content'; site: SiteId; tabId: number };
export type SenderKind = Sender['kind'];

/** This extension as the browser names it: runtime.id, and runtime.getURL('') (its origin with a slash). */
export interface ExtensionSelf {
  id: string;
  base: string;
}

export function classifySender(sender: MessageSender, self: ExtensionSelf): Sender | null {
  if (!self.id || sender.id !== self.id || typeof sender.url !== 'string') return null;
  // A web page's address cannot start with the extension's scheme and id.
  if (self.base.includes('://') && sender.url.startsWith(self.base)) return { kind: 'page' };
  const tabId = sender.tab?.id;
  // Content scripts run in top frames only; a message from a frame is a page's frame talking, not ours.
  if (typeof tabId !== 'number' || tabId < 0 || sender.frameId !== 0) return null;
  const site = siteForUrl(sender.url);
  if (!site) return null;
  // The tab's address is only there when the browser grants it; when it is, it must agree.
  if (sender.tab?.url !== undefined && siteForUrl(sender.tab.url) !== site) return null;
  return { kind: 'content', site, tabId };
}
