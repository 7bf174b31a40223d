// Reaching Listen First's closed shadow root from tests. A page's script cannot (that is the point of closing it),
// and Playwright's locators pierce only open roots; the DevTools protocol sees closed ones. Two ways in:
// - `exposeUi`: keeps the roots registered for the "lf=" selector engine, so ordinary locators, clicks and
//   expectations work (`page.locator('lf=[data-lf-guard-card]')`). This leaves the roots in a main-world global,
//   so the hostile-page spec turns it off (test.use({ exposeUi: false })).
// - `inUi`: runs a function on the roots over the protocol, leaving nothing in the page (for that spec).
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

export const UI_HOST = 'listen-first-ui';
const GLOBAL = '__listenFirstTestRoots';

/** The "lf" selector engine: CSS queries inside the exposed roots that are still in the page. */
export const uiEngine = () => ({
  queryAll(_root: Node, selector: string): Element[] {
    const roots = (globalThis as unknown as Record<string, Set<ShadowRoot> | undefined>).__listenFirstTestRoots;
    const out: Element[] = [];
    for (const root of roots ?? []) if (root.host.isConnected) out.push(...root.querySelectorAll(selector));
    return out;
  },
  query(root: Node, selector: string): Element | null {
    return this.queryAll(root, selector)[0] ?? null;
  },
});

/** Remote object ids of our hosts' shadow roots (closed ones included), resolved in the page's main world. */
async function rootObjects(session: CDPSession): Promise<string[]> {
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: UI_HOST });
  const ids: string[] = [];
  for (const nodeId of nodeIds) {
    const { node } = await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) continue;
    const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    if (object.objectId) ids.push(object.objectId);
  }
  return ids;
}

async function expose(session: CDPSession): Promise<void> {
  for (const objectId of await rootObjects(session)) {
    await session.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function () { (globalThis.${GLOBAL} ??= new Set()).add(this); }`,
    });
  }
}

/** Registers the roots in the page once, for tools that wait for our UI themselves (the benchmarks). */
export async function exposeUi(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await expose(session);
    return (await rootObjects(session)).length;
  } finally {
    await session.detach();
  }
}

/**
 * Registers the roots of every page of the context, now and after each navigation, every 50 ms while the test runs
 * (our UI appears some time after load). Returns the function that stops it.
 */
export function exposeUiContinuously(context: BrowserContext): () => void {
  const timers: ReturnType<typeof setInterval>[] = [];
  const watch = (page: Page) => {
    if (page.url().startsWith('chrome-extension:')) return;
    let session: CDPSession | null = null;
    let busy = false;
    const tick = async () => {
      if (busy || page.isClosed()) return;
      busy = true;
      try {
        session ??= await context.newCDPSession(page);
        await expose(session);
      } catch {
        // A navigation or a closing page interrupts the protocol; the next tick tries again. A test that needs
        // our UI fails on its own expectation if it never appears.
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(() => void tick(), 50);
    timers.push(timer);
    page.on('close', () => clearInterval(timer));
  };
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
  return () => {
    context.off('page', watch);
    for (const timer of timers) clearInterval(timer);
  };
}

/**
 * Runs `fn` on each of our shadow roots over the DevTools protocol and returns the results (JSON values only).
 * Nothing is left in the page: the hostile-page spec uses this to see our UI while the page's script looks too.
 */
export async function inUi<T>(page: Page, fn: (root: ShadowRoot) => T): Promise<T[]> {
  const session = await page.context().newCDPSession(page);
  try {
    const out: T[] = [];
    for (const objectId of await rootObjects(session)) {
      const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
        objectId,
        functionDeclaration: `function () { return (${fn.toString()})(this); }`,
        returnByValue: true,
      });
      if (exceptionDetails)
        throw new Error(`inUi: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      out.push(result.value as T);
    }
    return out;
  } finally {
    await session.detach();
  }
}
