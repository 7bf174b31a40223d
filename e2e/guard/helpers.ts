// Helpers for the guard specs: the fixture composers, what the page posted, and Listen First's badge and card
// for a composer (found by where they sit on screen, the way a user tells them apart).
import type { Locator, Page, Worker } from '@playwright/test';
import type { GuardCase } from './cases';

export interface Post {
  composer: string;
  text: string;
}

export const posts = (page: Page) => page.evaluate(() => (window as unknown as { __posts?: Post[] }).__posts ?? []);

export const wrapper = (page: Page, name: string) => page.locator(`[data-fixture-composer="${name}"]`).last();

export const editable = (page: Page, name: string) =>
  wrapper(page, name).locator('[contenteditable="true"], textarea').first();

/** The editor's text (value for a textarea); the drafts in these tests are one line, so blocks need no joining. */
export const editorText = (locator: Locator) =>
  locator.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')).replace(/\n+$/, ''));

export const card = (page: Page) => page.locator('lf=[data-lf-guard-card]');
export const badges = (page: Page) => page.locator('lf=[data-lf-draft-badge]');

/** The badge drawn in the corner of this composer's editable. */
export async function badgeOf(page: Page, name: string): Promise<Locator> {
  const box = await editable(page, name).boundingBox();
  if (!box) throw new Error(`composer ${name} is not visible`);
  const count = await badges(page).count();
  for (let i = 0; i < count; i++) {
    const badge = badges(page).nth(i);
    const b = await badge.boundingBox();
    if (!b) continue;
    const cx = b.x + b.width / 2;
    const cy = b.y + b.height / 2;
    if (cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy <= box.y + box.height) return badge;
  }
  throw new Error(`no badge on composer ${name}`);
}

export async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await editable(page, name).click();
  await page.keyboard.type(text);
}

/** Sends the way the case says: the site's key in the editor, or its button. */
export async function submit(page: Page, c: GuardCase, name: string, way: 'key' | 'button'): Promise<void> {
  if (way === 'key' && c.key) {
    await editable(page, name).focus();
    await page.keyboard.press(c.key);
    return;
  }
  await editable(page, name).focus();
  await wrapper(page, name).locator(c.button).first().click();
}

/** The rule ids the card lists, in order. */
export const cardRules = (page: Page) =>
  card(page)
    .locator('[data-lf-rule]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-lf-rule')));

/** The guard's history rows, read from the extension's database in the service worker. */
export function storedDrafts(serviceWorker: Worker) {
  return serviceWorker.evaluate(
    () =>
      new Promise<
        {
          outcome: string;
          text?: string;
          composer: string;
          threadKey: string | null;
          chars: number;
          findings: { ruleId: string; actual?: string }[];
        }[]
      >((resolve, reject) => {
        const open = indexedDB.open('listen-first');
        // Before the background made it, an open would create an empty database that blocks the background's own.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('drafts').objectStore('drafts').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/**
 * The composer fixtures' thread spaced out like a long one: a screen's height between top-level comments, so the
 * comment box at its end is far from all but the first. For pages opened after the call.
 */
export async function spreadOut(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = '.comments > [role="article"] { margin-bottom: 1500px; }';
      document.head.append(style);
    });
  });
}
