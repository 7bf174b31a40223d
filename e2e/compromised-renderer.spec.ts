// A compromised renderer on Xing: code running in our content script's own world there (what an exploited page
// process has) sends the background whatever it likes. It must not read or write another site's history, store an
// address that is not https on Xing, or a time far from now; what it sends within Xing's bounds still works.
import type { CDPSession, Page, Worker } from '@playwright/test';
import { routeFor } from './fixtures/routes';
import { contentStatus, expect, test } from './harness/test';

const LINKEDIN_POST = 'https://www.linkedin.com/feed/update/urn:li:activity:7265000000000000000/';

/** Runs `expression` in Listen First's isolated world in the page (the content script's world), as a string. */
async function inContentWorld(page: Page, expression: string): Promise<unknown> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await session.send('Runtime.enable');
  try {
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Listen First');
    if (!world) throw new Error(`no Listen First world among ${contexts.map((c) => c.name).join(', ')}`);
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await session.detach();
  }
}

/** chrome.runtime.sendMessage from that world, answered by the background. */
const send = (page: Page, message: object) =>
  inContentWorld(page, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);

/** Thread keys and item texts in the history, read where it lives. */
function stored(serviceWorker: Worker) {
  return serviceWorker.evaluate(
    () =>
      new Promise<{ threads: { key: string; url: string }[]; items: { key: string; text: string }[] }>(
        (resolve, reject) => {
          const empty = { threads: [], items: [] };
          const open = indexedDB.open('listen-first');
          // Never create the database here: an empty one, and a connection left open on it, would block the
          // background's own open and upgrade, and nothing would ever be stored. Not there yet reads as empty.
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => resolve(empty);
          open.onsuccess = () => {
            if (!open.result.objectStoreNames.contains('items')) {
              open.result.close();
              resolve(empty);
              return;
            }
            const tx = open.result.transaction(['threads', 'items']);
            const threads = tx.objectStore('threads').getAll();
            const items = tx.objectStore('items').getAll();
            tx.oncomplete = () => {
              resolve({
                threads: threads.result.map((t) => ({ key: t.key, url: t.url })),
                items: items.result.map((i) => ({ key: i.key, text: i.text })),
              });
              open.result.close();
            };
            tx.onerror = () => reject(tx.error);
          };
        },
      ),
  );
}

const item = (id: string, text: string, over: object = {}) => ({
  id,
  parentId: null,
  author: { name: 'Forged' },
  text,
  time: Date.now() - 60_000,
  own: false,
  tone: 'neutral',
  toneScore: 0,
  flags: { hostile: false, promotional: false, complaint: false, question: false, watchlist: [] },
  ...over,
});

test("a compromised Xing renderer cannot read or write LinkedIn's history, nor store what is out of bounds", async ({
  page,
  serviceWorker,
}) => {
  // The user read a LinkedIn thread: it is in the history.
  await page.goto(routeFor('linkedin').url);
  // Batches are debounced and each write now also keeps the day counts and the reply queue: room for a loaded CI.
  await expect
    .poll(async () => (await stored(serviceWorker)).threads.map((t) => t.key.split(':')[0]), { timeout: 15_000 })
    .toContain('linkedin');
  const linkedin = (await stored(serviceWorker)).items.filter((i) => i.key.startsWith('linkedin:'));
  expect(linkedin.length).toBeGreaterThan(0);
  const target = linkedin[0] as { key: string; text: string };

  const xing = routeFor('xing').url;
  await page.goto(xing);
  await expect.poll(async () => (await contentStatus(serviceWorker, xing))?.thread.status).toBe('recognised');

  // Positive control: the same world may save a Xing thread within the bounds.
  const ok = await send(page, {
    type: 'history:save',
    batch: { thread: { id: 'forged-ok', url: xing }, items: [item('forged-ok-1', 'Ein Kommentar')] },
  });
  expect(ok).toEqual({ saved: true });

  const attempts: [string, object][] = [
    [
      'overwrite a LinkedIn comment (a LinkedIn address from Xing)',
      {
        type: 'history:save',
        batch: { thread: { id: 'urn:li:activity:1', url: LINKEDIN_POST }, items: [item(target.key.slice(9), 'pwned')] },
      },
    ],
    [
      'a javascript: thread address',
      { type: 'history:save', batch: { thread: { id: 'js', url: 'javascript:alert(1)' }, items: [] } },
    ],
    [
      'a visit in the year 275,000',
      {
        type: 'history:save',
        batch: { thread: { id: 'future', url: xing }, items: [], visitAt: Date.UTC(275_000, 0, 1) },
      },
    ],
    [
      'a comment of a megabyte',
      {
        type: 'history:save',
        batch: { thread: { id: 'huge', url: xing }, items: [item('huge', 'x'.repeat(1 << 20))] },
      },
    ],
    [
      'a draft recorded with a LinkedIn address',
      {
        type: 'draft:record',
        draft: {
          at: Date.now(),
          threadId: null,
          url: LINKEDIN_POST,
          composer: 'comment',
          outcome: 'clean',
          verdict: 'ok',
          findings: [],
          chars: 1,
          lang: 'de',
        },
      },
    ],
  ];
  for (const [what, message] of attempts) {
    const answer = await send(page, message);
    expect(answer, what).toEqual({ saved: false });
  }
  // A site named in the message is not read: the thread lands under the sender's site, Xing.
  expect(
    await send(page, {
      type: 'history:save',
      batch: { thread: { site: 'linkedin', id: 'urn:li:activity:2', url: xing }, items: [] },
    }),
  ).toEqual({ saved: true });
  // The brief of a LinkedIn thread is for the extension's own pages only.
  expect(await send(page, { type: 'history:brief', site: 'linkedin', threadId: 'urn:li:activity:1' })).toBeNull();

  const after = await stored(serviceWorker);
  expect(after.items.find((i) => i.key === target.key)?.text).toBe(target.text);
  expect(after.items.some((i) => i.text === 'pwned')).toBe(false);
  expect(after.threads.map((t) => t.key)).toContain('xing:forged-ok');
  expect(after.threads.map((t) => t.key)).toContain('xing:urn:li:activity:2');
  expect(after.threads.map((t) => t.key)).not.toContain('linkedin:urn:li:activity:2');
  for (const id of ['js', 'future', 'huge']) {
    expect(after.threads.map((t) => t.key)).not.toContain(`xing:${id}`);
    expect(after.threads.map((t) => t.key)).not.toContain(`linkedin:${id}`);
  }
  expect(after.threads.every((t) => t.url.startsWith('https://'))).toBe(true);
});
