// Injected into fixture pages by adapter tests: exposes the adapters and the reader on window.__lf.
import { readItemElements, readThread } from '../../lib/content/read-thread';
import { ADAPTERS } from '../../lib/sites/adapters';
import type { SiteId } from '../../lib/sites/registry';
import type { SelectorList } from '../../lib/sites/types';

const api = {
  readThread(site: SiteId, now: number, ownHandles: string[] = []) {
    return readThread(ADAPTERS[site], document, location.href, { now, ownHandles });
  },
  /** Item ids in document order, with the tag of their element: to check what is marked where. */
  itemElements(site: SiteId, now: number) {
    const adapter = ADAPTERS[site];
    const root = adapter.findThreadRoot(document);
    if (!root) return [];
    return readItemElements(adapter, root, { now, ownHandles: [] }).map(([el, item]) => ({
      id: item.id,
      tag: el.tagName,
    }));
  },
  /** How many elements each alternative of each named selector matches on this page. */
  selectorCounts(site: SiteId) {
    const lists = ADAPTERS[site].selectors as Record<string, SelectorList>;
    return Object.fromEntries(
      Object.entries(lists).map(([name, list]) => [
        name,
        list.map((alt) => ({ selector: alt.selector, count: document.querySelectorAll(alt.selector).length })),
      ]),
    );
  },
};

(window as unknown as { __lf: typeof api }).__lf = api;
