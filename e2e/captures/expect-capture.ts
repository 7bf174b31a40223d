// Runs the built extension on one real capture and checks what it read against what the capture shows: the marks in
// the page (ids in page order, each on an element that is that comment by its own markup), the thread the content
// script holds (post author, items' authors, parents, times) and what the history stored.
import type { Page, Worker } from '@playwright/test';
import type { SiteId } from '../../lib/sites/registry';
import { expect, test, threadSnapshot } from '../harness/test';
import { storedCounts } from '../harness/threads';
import type { CapturePage } from './pages';

export interface ExpectedItem {
  id: string;
  parentId: string | null;
  author: string;
  /** How long ago the capture says it was written, in ms; null where it shows no time. */
  ago: number | null;
  own?: boolean;
}

export interface ExpectedCapture {
  threadId: string;
  /** The post's author where the capture shows the post; null where it is not part of the capture. */
  postAuthor: string | null;
  items: ExpectedItem[];
}

/**
 * The comment id an element carries by its own markup, independent of the adapter: what a marked element must be.
 * Null when the element is not a comment of the site.
 */
export type CommentIdOf = (element: Element) => string | null;

export const MIN = 60_000;
export const H = 60 * MIN;
export const D = 24 * H;

/** Times the page shows relatively ("3d") are read against the clock at the read: a few minutes' slack. */
const SLACK = 5 * MIN;

export async function expectCapture(
  page: Page,
  serviceWorker: Worker,
  capture: CapturePage,
  expected: ExpectedCapture,
  commentIdOf: string,
): Promise<void> {
  test
    .info()
    .annotations.push(
      { type: 'capture', description: `../shared/captures/${capture.site}/${capture.capture}` },
      { type: 'wrapper', description: capture.wrapper },
    );
  await page.goto(capture.url);
  const ids = expected.items.map((i) => i.id);
  // Marks land in page order on exactly the comments the capture shows.
  await expect.poll(() => markedIds(page)).toEqual(ids);
  const snapshot = await readSnapshot(serviceWorker, capture.url);
  // Read again once the pass is known to be over: a capture with no comments must not pass on an early look.
  expect(await markedIds(page)).toEqual(ids);
  expect(snapshot.threadId).toBe(expected.threadId);
  expect(snapshot.root?.author.name ?? null).toBe(expected.postAuthor);

  // Every marked element is that comment by its own markup (never a post, a composer or a wrapper of several).
  const carried = await page.evaluate((source) => {
    const idOf = new Function('element', source) as (element: Element) => string | null;
    return [...document.querySelectorAll('[data-lf-id]')].map((el) => ({
      mark: el.getAttribute('data-lf-id'),
      own: idOf(el),
      holdsOthers: el.querySelectorAll('[data-lf-id]').length,
    }));
  }, commentIdOf);
  for (const { mark, own } of carried) expect(own, `the element marked ${mark}`).toBe(mark);

  const now = Date.now();
  const items = snapshot.items;
  expect(items.map((i) => i.id)).toEqual(ids);
  expect(items.map((i) => i.parentId)).toEqual(expected.items.map((i) => i.parentId));
  expect(items.map((i) => i.author.name)).toEqual(expected.items.map((i) => i.author));
  for (const [index, want] of expected.items.entries()) {
    const got = items[index];
    if (want.own !== undefined) expect(got?.own, `own ${want.id}`).toBe(want.own);
    if (want.ago === null) expect(got?.time, `time ${want.id}`).toBeNull();
    else {
      expect(got?.time, `time ${want.id}`).not.toBeNull();
      expect(Math.abs((got?.time ?? 0) - (now - want.ago)), `time ${want.id}`).toBeLessThan(SLACK);
    }
  }
  await expect
    .poll(() => storedCounts(serviceWorker, capture.site as SiteId, expected.threadId))
    .toEqual({ items: ids.length, visits: 1 });
}

async function readSnapshot(serviceWorker: Worker, url: string) {
  let snapshot: Awaited<ReturnType<typeof threadSnapshot>> = null;
  await expect
    .poll(async () => {
      snapshot = await threadSnapshot(serviceWorker, url);
      return snapshot?.status;
    })
    .toBe('recognised');
  if (!snapshot) throw new Error(`no thread snapshot on ${url}`);
  return snapshot as NonNullable<Awaited<ReturnType<typeof threadSnapshot>>>;
}

function markedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-lf-id]')].map((el) => el.getAttribute('data-lf-id') ?? ''),
  );
}
