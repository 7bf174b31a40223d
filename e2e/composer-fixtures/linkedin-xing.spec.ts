// Self-test of the LinkedIn (TipTap v2, Quill v1) and Xing (contenteditable, textarea) composer fixtures in plain
// Chromium without the extension: the adapters read each thread, real editors are mounted, every submit way posts
// exactly once into window.__posts and the thread, blank drafts post nothing, and SPA navigation swaps the thread.
import type { Locator, Page } from '@playwright/test';
import type { Thread } from '../../lib/sites/types';
import { expect, openFixture, readThreadIn, test } from '../harness/adapter-test';

const NOW = Date.UTC(2026, 9, 1, 12, 0, 0);
const MIN = 60_000;
const H = 60 * MIN;

type Site = 'linkedin' | 'xing';
interface Post {
  composer: string;
  text: string;
}

const posts = (page: Page) => page.evaluate(() => (window as unknown as { __posts: Post[] }).__posts);

async function read(page: Page, site: Site): Promise<Thread> {
  const thread = await readThreadIn(page, site, NOW);
  if (!thread) throw new Error('no thread');
  return thread;
}

const composer = (page: Page, name: string) => page.locator(`[data-fixture-composer="${name}"]`);

/** Marks an element so a later check can tell whether it was replaced (and whether it is still in the page). */
async function tag(locator: Locator, mark: string): Promise<void> {
  await locator.evaluate((el, m) => {
    (window as unknown as Record<string, Element>)[m] = el;
  }, mark);
}

const tagged = (page: Page, mark: string) =>
  page.evaluate((m) => {
    const el = (window as unknown as Record<string, Element & { editor?: unknown }>)[m];
    return { connected: Boolean(el?.isConnected), hasEditor: el?.editor !== undefined };
  }, mark);

/**
 * What the submit guard will do: window capture-phase listeners that cancel Ctrl/Cmd+Enter and clicks on the
 * composers' buttons before the page sees them. Counts what they stopped in window.__stopped.
 */
async function stopSubmitsAtWindow(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __stopped: number };
    w.__stopped = 0;
    const stop = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      w.__stopped++;
    };
    const guarded = '[data-fixture-composer]:not([data-fixture-composer="message"]) button';
    window.addEventListener('keydown', (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && stop(e), true);
    window.addEventListener('click', (e) => (e.target as Element).closest(guarded) && stop(e), true);
  });
}

const stopped = (page: Page) => page.evaluate(() => (window as unknown as { __stopped: number }).__stopped);

/** Clicks into an editable and types, pressing `newline` between lines. */
async function typeLines(page: Page, editable: Locator, lines: string[], newline = 'Enter'): Promise<void> {
  await editable.click();
  for (const [i, line] of lines.entries()) {
    if (i) await page.keyboard.press(newline);
    await page.keyboard.type(line);
  }
}

// ---------------------------------------------------------------------------------------------------------
// LinkedIn v2 (SDUI), German, TipTap

type Find = (page: Page, name: string) => Locator;

/** Both LinkedIn generations: every send way on an empty or blank comment and reply box posts nothing. */
async function blankDraftsPostNothing(page: Page, url: string, editable: Find, button: Find): Promise<void> {
  await openFixture(page, url);
  for (const name of ['comment', 'reply']) {
    await editable(page, name).click();
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Meta+Enter');
    await button(page, name).click();
    await typeLines(page, editable(page, name), ['   ']);
    await page.keyboard.press('Control+Enter');
    await button(page, name).click();
    await page.keyboard.press('Enter');
  }
  expect(await posts(page)).toEqual([]);
  expect((await read(page, 'linkedin')).items).toHaveLength(4);
}

test.describe('LinkedIn v2 composer page (TipTap)', () => {
  const URL1 = 'https://www.linkedin.com/feed/update/urn:li:activity:7275000000000000000/';
  const URL2 = 'https://www.linkedin.com/feed/update/urn:li:activity:7275000000000000001/';
  const COMPLAINT = '7275000000000000101';
  const editable = (page: Page, name: string) => composer(page, name).locator('.tiptap.ProseMirror[role="textbox"]');
  const button = (page: Page, name: string) =>
    composer(page, name).locator(
      `button[data-view-name="${name === 'reply' ? 'comment-reply-post' : 'comment-post'}"]`,
    );

  test('the adapter reads the thread; real TipTap editors with LinkedIn attributes are mounted', async ({ page }) => {
    await openFixture(page, URL1);
    const thread = await read(page, 'linkedin');
    expect(thread.id).toBe('urn:li:activity:7275000000000000000');
    expect(thread.items).toHaveLength(4);
    expect(thread.items.map((i) => i.parentId)).toEqual([null, COMPLAINT, null, null]);
    expect(thread.items.map((i) => i.own)).toEqual([false, false, false, true]);
    expect(thread.items.map((i) => i.time)).toEqual([NOW - 4 * H, NOW - 3 * H, NOW - 2 * H, NOW - 30 * MIN]);
    expect(thread.items[0]?.text).toBe(
      'Seit drei Wochen warte ich auf meine Bestellung und niemand antwortet. Das ist echt ärgerlich.',
    );
    for (const name of ['comment', 'reply']) {
      const el = editable(page, name);
      await expect(el).toHaveCount(1);
      await expect(el).toHaveAttribute('contenteditable', 'true');
      await expect(el).toHaveAttribute('aria-label', 'Texteditor zum Erstellen eines Kommentars');
      await expect(el).toHaveAttribute('aria-multiline', 'true');
      await expect(
        composer(page, name).locator('[data-testid="ui-core-tiptap-text-editor-wrapper"] > .tiptap'),
      ).toHaveCount(1);
      // TipTap keeps its instance on the editable: a real editor, not markup.
      expect(await el.evaluate((e) => typeof (e as Element & { editor?: { getText?: unknown } }).editor?.getText)).toBe(
        'function',
      );
      await expect(button(page, name)).toHaveCount(1);
    }
    await expect(composer(page, 'comment')).toHaveAttribute(
      'componentkey',
      'commentBox-urn:li:activity:7275000000000000000',
    );
    await expect(composer(page, 'reply')).toHaveAttribute('componentkey', /^commentBox-reply-/);
    // The reply box sits inside the complaint comment.
    await expect(page.locator(`[id$=",${COMPLAINT})"] [data-fixture-composer="reply"]`)).toHaveCount(1);
    // Distinct composers: two TipTap editables, and the message box is not one of them.
    await expect(page.locator('.tiptap.ProseMirror')).toHaveCount(2);
    const message = composer(page, 'message').locator('.msg-form__contenteditable[role="textbox"]');
    await expect(message).toHaveAttribute('aria-label', 'Nachricht schreiben …');
    await expect(page.locator('aside.msg-overlay-conversation-bubble [data-fixture-composer="message"]')).toHaveCount(
      1,
    );
    await expect(page.locator('aside.msg-overlay-conversation-bubble .ProseMirror')).toHaveCount(0);
  });

  for (const [name, way] of [
    ['comment', 'Control+Enter'],
    ['comment', 'Meta+Enter'],
    ['comment', 'button'],
    ['reply', 'Control+Enter'],
    ['reply', 'Meta+Enter'],
    ['reply', 'button'],
  ] as const) {
    test(`${name}: a two-paragraph draft posts once by ${way}`, async ({ page }) => {
      await openFixture(page, URL1);
      const lines = ['Das tut uns leid.', 'Wir melden uns heute noch.'];
      await typeLines(page, editable(page, name), lines);
      await expect(editable(page, name).locator('p')).toHaveCount(2);
      expect(await posts(page)).toEqual([]);
      if (way === 'button') await button(page, name).click();
      else await page.keyboard.press(way);
      const text = lines.join('\n');
      expect(await posts(page)).toEqual([{ composer: name, text }]);
      const thread = await read(page, 'linkedin');
      expect(thread.items).toHaveLength(5);
      const added = thread.items.filter((i) => i.text === text);
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({
        author: { name: 'Carla Neumann' },
        own: true,
        time: NOW,
        parentId: name === 'reply' ? COMPLAINT : null,
      });
      expect(new Set(thread.items.map((i) => i.id)).size).toBe(5);
      await expect(editable(page, name)).toHaveText('');
      expect(
        await editable(page, name).evaluate((e) => (e as unknown as { editor: { isEmpty: boolean } }).editor.isEmpty),
      ).toBe(true);
    });
  }

  test('every submit way can be stopped by a window capture-phase listener', async ({ page }) => {
    await openFixture(page, URL1);
    await stopSubmitsAtWindow(page);
    for (const name of ['comment', 'reply']) {
      await typeLines(page, editable(page, name), ['Entwurf']);
      await page.keyboard.press('Control+Enter');
      await page.keyboard.press('Meta+Enter');
      await button(page, name).click();
      await expect(editable(page, name)).toHaveText('Entwurf');
    }
    expect(await stopped(page)).toBe(6);
    expect(await posts(page)).toEqual([]);
    expect((await read(page, 'linkedin')).items).toHaveLength(4);
  });

  test('blank drafts post nothing; Enter alone makes a paragraph', async ({ page }) => {
    await blankDraftsPostNothing(page, URL1, editable, button);
  });

  test('the private message box sends into the chat, not into the thread', async ({ page }) => {
    await openFixture(page, URL1);
    await typeLines(page, composer(page, 'message').locator('[role="textbox"]'), ['Hallo Julia, kurze Frage.']);
    await page.locator('button.msg-form__send-button').click();
    expect(await posts(page)).toEqual([{ composer: 'message', text: 'Hallo Julia, kurze Frage.' }]);
    expect((await read(page, 'linkedin')).items).toHaveLength(4);
    await expect(page.locator('.msg-s-message-list li')).toHaveCount(1);
  });

  test('SPA navigation: a new thread and, 300 ms later, a new comment composer', async ({ page }) => {
    await openFixture(page, URL1);
    await tag(editable(page, 'comment'), '__oldComment');
    expect(await tagged(page, '__oldComment')).toEqual({ connected: true, hasEditor: true });
    await page.locator('a[data-fixture-nav]').click();
    await expect(page).toHaveURL(URL2);
    const thread = await read(page, 'linkedin');
    expect(thread.id).toBe('urn:li:activity:7275000000000000001');
    expect(thread.items).toHaveLength(2);
    await expect(editable(page, 'comment')).toHaveCount(1);
    await expect(composer(page, 'reply')).toHaveCount(0);
    // The old editor was destroyed (TipTap drops its instance from the element) and left the page.
    expect(await tagged(page, '__oldComment')).toEqual({ connected: false, hasEditor: false });
    await expect(composer(page, 'comment')).toHaveAttribute(
      'componentkey',
      'commentBox-urn:li:activity:7275000000000000001',
    );
    await typeLines(page, editable(page, 'comment'), ['Gern weitersagen!']);
    await page.keyboard.press('Control+Enter');
    expect(await posts(page)).toEqual([{ composer: 'comment', text: 'Gern weitersagen!' }]);
    const after = await read(page, 'linkedin');
    expect(after.id).toBe('urn:li:activity:7275000000000000001');
    expect(after.items.map((i) => i.text)).toEqual([
      'Ist die Stelle auch in Teilzeit möglich?',
      'Ja, ab 25 Stunden pro Woche.',
      'Gern weitersagen!',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// LinkedIn v1 (legacy Ember), English, Quill

test.describe('LinkedIn v1 composer page (Quill)', () => {
  const URL1 = 'https://www.linkedin.com/posts/oliver-price-demo_delivery-activity-7276000000000000000-XyZa/';
  const URL2 = 'https://www.linkedin.com/posts/oliver-price-demo_hiring-activity-7276000000000000001-QrSt/';
  const COMPLAINT = '7276000000000000201';
  const editable = (page: Page, name: string) => composer(page, name).locator('.ql-container > .ql-editor');
  const button = (page: Page, name: string) =>
    composer(page, name).locator('button[type="submit"].comments-comment-box__submit-button--cr');

  test('the adapter reads the thread; real Quill editors with LinkedIn attributes are mounted', async ({ page }) => {
    await openFixture(page, URL1);
    const thread = await read(page, 'linkedin');
    expect(thread.id).toBe('urn:li:activity:7276000000000000000');
    expect(thread.items).toHaveLength(4);
    expect(thread.items.map((i) => i.parentId)).toEqual([null, COMPLAINT, null, null]);
    expect(thread.items.map((i) => i.own)).toEqual([false, false, false, true]);
    expect(thread.items.map((i) => i.time)).toEqual([NOW - 4 * H, NOW - 3 * H, NOW - 2 * H, NOW - 30 * MIN]);
    expect(thread.items[0]?.text).toBe(
      'I have been waiting three weeks for my order and nobody answers. This is really frustrating.',
    );
    for (const [name, placeholder] of [
      ['comment', 'Add a comment…'],
      ['reply', 'Add a reply…'],
    ] as const) {
      const el = editable(page, name);
      await expect(el).toHaveCount(1);
      await expect(composer(page, name)).toHaveJSProperty('tagName', 'FORM');
      await expect(composer(page, name)).toHaveClass('comments-comment-box__form');
      await expect(composer(page, name).locator('.comments-comment-texteditor .ql-editor')).toHaveCount(1);
      await expect(el).toHaveAttribute('contenteditable', 'true');
      await expect(el).toHaveAttribute('role', 'textbox');
      await expect(el).toHaveAttribute('aria-label', 'Text editor for creating content');
      await expect(el).toHaveAttribute('data-placeholder', placeholder);
      // Quill finds its own instance for the container: a real editor, not markup.
      expect(
        await composer(page, name)
          .locator('.ql-container')
          .evaluate((c) => {
            const found = window.LfQuill.Quill.find(c);
            return found instanceof window.LfQuill.Quill && found.root === c.querySelector('.ql-editor');
          }),
      ).toBe(true);
      await expect(button(page, name)).toHaveCount(1);
    }
    await expect(page.locator(`article[data-id$=",${COMPLAINT})"] [data-fixture-composer="reply"]`)).toHaveCount(1);
    await expect(page.locator('.ql-editor')).toHaveCount(2);
    await expect(page.locator('.msg-form__contenteditable')).toHaveAttribute('aria-label', 'Write a message…');
  });

  for (const [name, way] of [
    ['comment', 'Control+Enter'],
    ['comment', 'Meta+Enter'],
    ['comment', 'button'],
    ['reply', 'Control+Enter'],
    ['reply', 'Meta+Enter'],
    ['reply', 'button'],
  ] as const) {
    test(`${name}: a two-line draft posts once by ${way}`, async ({ page }) => {
      await openFixture(page, URL1);
      const lines = ['Sorry to hear that.', 'We will get back to you today.'];
      await typeLines(page, editable(page, name), lines);
      await expect(editable(page, name).locator('p')).toHaveCount(2);
      expect(await posts(page)).toEqual([]);
      if (way === 'button') await button(page, name).click();
      else await page.keyboard.press(way);
      const text = lines.join('\n');
      expect(await posts(page)).toEqual([{ composer: name, text }]);
      await expect(page).toHaveURL(URL1);
      const thread = await read(page, 'linkedin');
      expect(thread.items).toHaveLength(5);
      const added = thread.items.filter((i) => i.text === text);
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({
        author: { name: 'Megan Hart' },
        own: true,
        time: NOW,
        parentId: name === 'reply' ? COMPLAINT : null,
      });
      expect(new Set(thread.items.map((i) => i.id)).size).toBe(5);
      await expect(editable(page, name)).toHaveText('');
      await expect(editable(page, name)).toHaveClass(/ql-blank/);
    });
  }

  test('every submit way can be stopped by a window capture-phase listener', async ({ page }) => {
    await openFixture(page, URL1);
    await stopSubmitsAtWindow(page);
    for (const name of ['comment', 'reply']) {
      await typeLines(page, editable(page, name), ['Draft']);
      await page.keyboard.press('Control+Enter');
      await page.keyboard.press('Meta+Enter');
      await button(page, name).click();
      await expect(editable(page, name)).toHaveText('Draft');
    }
    expect(await stopped(page)).toBe(6);
    expect(await posts(page)).toEqual([]);
    await expect(page).toHaveURL(URL1);
    expect((await read(page, 'linkedin')).items).toHaveLength(4);
  });

  test('blank drafts post nothing; Enter alone makes a new line', async ({ page }) => {
    await blankDraftsPostNothing(page, URL1, editable, button);
  });

  test('the private message box sends into the chat, not into the thread', async ({ page }) => {
    await openFixture(page, URL1);
    await typeLines(page, composer(page, 'message').locator('[role="textbox"]'), ['Hi Priya, quick question.']);
    await page.locator('button.msg-form__send-button').click();
    expect(await posts(page)).toEqual([{ composer: 'message', text: 'Hi Priya, quick question.' }]);
    expect((await read(page, 'linkedin')).items).toHaveLength(4);
  });

  test('SPA navigation: a new thread and, 300 ms later, a new comment composer', async ({ page }) => {
    await openFixture(page, URL1);
    await tag(editable(page, 'comment'), '__oldComment');
    await page.locator('a[data-fixture-nav]').click();
    await expect(page).toHaveURL(URL2);
    const thread = await read(page, 'linkedin');
    expect(thread.id).toBe('urn:li:activity:7276000000000000001');
    expect(thread.items).toHaveLength(2);
    await expect(editable(page, 'comment')).toHaveCount(1);
    await expect(composer(page, 'reply')).toHaveCount(0);
    expect((await tagged(page, '__oldComment')).connected).toBe(false);
    await typeLines(page, editable(page, 'comment'), ['Happy to share this.']);
    await page.keyboard.press('Control+Enter');
    expect(await posts(page)).toEqual([{ composer: 'comment', text: 'Happy to share this.' }]);
    const after = await read(page, 'linkedin');
    expect(after.id).toBe('urn:li:activity:7276000000000000001');
    expect(after.items.map((i) => i.text)).toEqual([
      'Are the roles open to part-time applicants?',
      'Yes, from 25 hours a week.',
      'Happy to share this.',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Xing, German: commbox (contenteditable), comment form (textarea), messenger

test.describe('Xing composer page', () => {
  const URL1 = 'https://www.xing.com/discover/updates?lf-fixture=composer';
  const URL2 = 'https://www.xing.com/discover/updates?lf-fixture=composer-2';
  const textarea = (page: Page) => composer(page, 'comment').locator('textarea[name="comment"]');

  test('the adapter reads the open post; the composers are distinct', async ({ page }) => {
    await openFixture(page, URL1);
    const thread = await read(page, 'xing');
    expect(thread.id).toBe('urn:x-xing:activity:63000001');
    expect(thread.items.map((i) => [i.id, i.parentId])).toEqual([
      ['c-63000001-1', null],
      ['c-63000001-2', 'c-63000001-1'],
      ['c-63000001-3', null],
      ['c-63000001-4', null],
    ]);
    expect(thread.items.map((i) => i.own)).toEqual([false, false, false, true]);
    expect(thread.items.map((i) => i.time)).toEqual(
      ['08:00', '09:00', '10:00', '11:30'].map((t) => Date.parse(`2024-11-25T${t}:00Z`)),
    );
    const commbox = composer(page, 'post').locator('div[role="textbox"][contenteditable="true"]');
    await expect(commbox).toHaveAttribute('aria-label', 'Beitrag verfassen');
    await expect(composer(page, 'post').locator('button[data-testid="commboxPost"]')).toHaveText('Posten');
    await expect(composer(page, 'comment')).toHaveAttribute('data-testid', 'comment-form');
    await expect(textarea(page)).toHaveAttribute('aria-label', 'Kommentar schreiben');
    await expect(textarea(page)).toHaveAttribute('placeholder', 'Kommentieren …');
    await expect(composer(page, 'comment').locator('button[type="submit"]')).toHaveText('Kommentieren');
    // The comment form belongs to the post whose comments are open.
    await expect(
      page.locator('[data-urn="urn:x-xing:activity:63000001"] [data-fixture-composer="comment"]'),
    ).toHaveCount(1);
    const chat = page.locator('[data-testid="messenger-chat"] div[role="textbox"][contenteditable="true"]');
    await expect(chat).toHaveAttribute('aria-label', 'Nachricht schreiben');
    await expect(page.locator('[data-testid="messenger-chat"]')).toHaveAttribute('data-fixture-composer', 'message');
    await expect(page.locator('[role="textbox"][contenteditable="true"]')).toHaveCount(2);
  });

  test('comment: a two-line draft posts once by the button (form submit)', async ({ page }) => {
    await openFixture(page, URL1);
    const lines = ['Das tut mir leid, Markus.', 'Ich schaue sofort nach.'];
    await typeLines(page, textarea(page), lines);
    // Enter (between the lines) is a newline in the textarea: Xing has no key submit.
    expect(await posts(page)).toEqual([]);
    await expect(textarea(page)).toHaveValue(lines.join('\n'));
    await composer(page, 'comment').getByRole('button', { name: 'Kommentieren' }).click();
    const text = lines.join('\n');
    expect(await posts(page)).toEqual([{ composer: 'comment', text }]);
    await expect(page).toHaveURL(URL1);
    const thread = await read(page, 'xing');
    expect(thread.items).toHaveLength(5);
    const added = thread.items.filter((i) => i.text === text);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ author: { name: 'Nina Albrecht' }, parentId: null, own: true });
    expect(new Set(thread.items.map((i) => i.id)).size).toBe(5);
    await expect(textarea(page)).toHaveValue('');
  });

  test('post (commbox): a two-line draft posts once by the button and clears', async ({ page }) => {
    await openFixture(page, URL1);
    const commbox = composer(page, 'post').locator('[role="textbox"]');
    const lines = ['Wir sind jetzt auch per Chat erreichbar.', 'Schreibt uns!'];
    await typeLines(page, commbox, lines);
    expect(await posts(page)).toEqual([]);
    await page.locator('button[data-testid="commboxPost"]').click();
    expect(await posts(page)).toEqual([{ composer: 'post', text: lines.join('\n') }]);
    await expect(commbox).toHaveText('');
    expect((await read(page, 'xing')).items).toHaveLength(4);
  });

  test('both submit buttons can be stopped by a window capture-phase listener', async ({ page }) => {
    await openFixture(page, URL1);
    await stopSubmitsAtWindow(page);
    await typeLines(page, textarea(page), ['Entwurf']);
    await composer(page, 'comment').getByRole('button', { name: 'Kommentieren' }).click();
    await typeLines(page, composer(page, 'post').locator('[role="textbox"]'), ['Entwurf']);
    await page.locator('button[data-testid="commboxPost"]').click();
    expect(await stopped(page)).toBe(2);
    expect(await posts(page)).toEqual([]);
    await expect(textarea(page)).toHaveValue('Entwurf');
    expect((await read(page, 'xing')).items).toHaveLength(4);
  });

  test('blank drafts post nothing', async ({ page }) => {
    await openFixture(page, URL1);
    await composer(page, 'comment').getByRole('button', { name: 'Kommentieren' }).click();
    await typeLines(page, textarea(page), ['  ', ' ']);
    await composer(page, 'comment').getByRole('button', { name: 'Kommentieren' }).click();
    await page.locator('button[data-testid="commboxPost"]').click();
    await typeLines(page, composer(page, 'post').locator('[role="textbox"]'), ['  ']);
    await page.locator('button[data-testid="commboxPost"]').click();
    await page.locator('button[data-testid="messenger-send"]').click();
    expect(await posts(page)).toEqual([]);
    expect((await read(page, 'xing')).items).toHaveLength(4);
  });

  test('the messenger sends into the chat, not into the thread', async ({ page }) => {
    await openFixture(page, URL1);
    await typeLines(page, page.locator('[data-testid="messenger-chat"] [role="textbox"]'), ['Hallo Eva, danke dir!']);
    await page.locator('button[data-testid="messenger-send"]').click();
    expect(await posts(page)).toEqual([{ composer: 'message', text: 'Hallo Eva, danke dir!' }]);
    expect((await read(page, 'xing')).items).toHaveLength(4);
    await expect(page.locator('[data-testid="messenger-messages"] li')).toHaveCount(1);
  });

  test('SPA navigation: a new thread and, 300 ms later, a new comment form', async ({ page }) => {
    await openFixture(page, URL1);
    await tag(composer(page, 'comment'), '__oldComment');
    await page.locator('a[data-fixture-nav]').click();
    await expect(page).toHaveURL(URL2);
    const thread = await read(page, 'xing');
    expect(thread.id).toBe('urn:x-xing:activity:63000002');
    expect(thread.items).toHaveLength(2);
    await expect(textarea(page)).toHaveCount(1);
    expect((await tagged(page, '__oldComment')).connected).toBe(false);
    await typeLines(page, textarea(page), ['Gern, ich leite es weiter.']);
    await composer(page, 'comment').getByRole('button', { name: 'Kommentieren' }).click();
    expect(await posts(page)).toEqual([{ composer: 'comment', text: 'Gern, ich leite es weiter.' }]);
    const after = await read(page, 'xing');
    expect(after.id).toBe('urn:x-xing:activity:63000002');
    expect(after.items.map((i) => i.text)).toEqual([
      'Geht das auch in Teilzeit?',
      'Ja, ab 25 Stunden pro Woche.',
      'Gern, ich leite es weiter.',
    ]);
  });
});
