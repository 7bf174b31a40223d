// Self-test of the composer fixture pages for Facebook (real Lexical) and X (real Draft.js on React 18), in plain
// Chromium without the extension: the adapters read the threads, the real editors are mounted, typing works, every
// submit way posts exactly once into window.__posts and the thread, blank drafts post nothing, and SPA navigation.
import type { Locator, Page } from '@playwright/test';
import type { Thread } from '../../lib/sites/types';
import { expect, openFixture, readThreadIn, test } from '../harness/adapter-test';

const NOW = Date.parse('2025-12-01T00:00:00.000Z');

interface Post {
  composer: string;
  text: string;
}

const posts = (page: Page) => page.evaluate(() => (window as unknown as { __posts: Post[] }).__posts);

async function read(page: Page, site: 'facebook' | 'x'): Promise<Thread> {
  const thread = await readThreadIn(page, site, NOW);
  if (!thread) throw new Error('no thread read');
  return thread;
}

/** Marks an element so a later check can tell whether a composer is the same element or a new one. */
const tag = (locator: Locator, value: string) =>
  locator.evaluate((el, v) => {
    (el as HTMLElement).dataset.selfTestTag = v;
  }, value);

/**
 * Installs what a submit guard does: window capture-phase listeners that stop the submit key and clicks on the
 * submit buttons. Returns nothing; window.__stopped counts what was stopped; window.__unguard() removes them.
 */
const guard = (page: Page, isSubmitKey: string, buttonSelector: string) =>
  page.evaluate(
    ([keyTest, buttonSel]) => {
      const w = window as unknown as { __stopped: number; __unguard: () => void };
      w.__stopped = 0;
      const isKey = new Function('e', `return ${keyTest};`) as (e: KeyboardEvent) => boolean;
      const stop = (event: Event) => {
        event.preventDefault();
        event.stopImmediatePropagation();
        w.__stopped++;
      };
      const onKey = (event: KeyboardEvent) => {
        if (isKey(event)) stop(event);
      };
      const onClick = (event: MouseEvent) => {
        if ((event.target as Element).closest(buttonSel)) stop(event);
      };
      window.addEventListener('keydown', onKey, true);
      window.addEventListener('click', onClick, true);
      w.__unguard = () => {
        window.removeEventListener('keydown', onKey, true);
        window.removeEventListener('click', onClick, true);
      };
    },
    [isSubmitKey, buttonSelector] as const,
  );
const stopped = (page: Page) => page.evaluate(() => (window as unknown as { __stopped: number }).__stopped);
const unguard = (page: Page) => page.evaluate(() => (window as unknown as { __unguard: () => void }).__unguard());

// ---------------------------------------------------------------------------------------------------------------
test.describe('Facebook composer page (Lexical)', () => {
  const URL1 = 'https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0composer1';
  const URL2 = 'https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0composer2';
  const COMPLAINT_ID = '940000000000003';
  const box = (page: Page, name: string) => page.locator(`[data-fixture-composer="${name}"] [role="textbox"]`);
  const thread = (page: Page) => read(page, 'facebook');

  test.beforeEach(async ({ page }) => {
    await openFixture(page, URL1);
    await expect(box(page, 'comment')).toHaveAttribute('data-lexical-editor', 'true');
  });

  test('the adapter reads the thread; the page account comes from the comment box', async ({ page }) => {
    const t = await thread(page);
    expect(t.id).toBe('pfbid0composer1');
    expect(t.items.map((i) => i.id)).toEqual(['940000000000001', '940000000000002', COMPLAINT_ID, '940000000000004']);
    expect(t.items.map((i) => i.own)).toEqual([false, true, false, false]);
    expect(t.items[2]?.text).toBe(
      'Seit drei Wochen warte ich auf meine Bestellung und niemand antwortet. Das ist echt ärgerlich.',
    );
  });

  test('three distinct real Lexical editors with the site attributes', async ({ page }) => {
    const comment = box(page, 'comment');
    const reply = box(page, 'reply');
    const messenger = box(page, 'messenger');
    for (const editable of [comment, reply, messenger]) {
      await expect(editable).toHaveCount(1);
      await expect(editable).toHaveAttribute('data-lexical-editor', 'true');
      await expect(editable).toHaveAttribute('contenteditable', 'true');
      expect(await editable.evaluate((el) => Boolean((el as { __lexicalEditor?: unknown }).__lexicalEditor))).toBe(
        true,
      );
    }
    await expect(comment).toHaveAttribute('aria-label', 'Kommentieren als Bäckerei Morgenrot');
    await expect(comment).toHaveAttribute('aria-placeholder', 'Schreibe einen Kommentar …');
    await expect(reply).toHaveAttribute('aria-label', 'Antworten an Tobias Kern');
    await expect(messenger).toHaveAttribute('aria-label', 'Nachricht');
    // The reply box sits in the complaint's article; the Messenger box in a non-modal chat dialog next to its log.
    await expect(page.locator('[role="article"][data-fixture-complaint] [data-fixture-composer="reply"]')).toHaveCount(
      1,
    );
    await expect(page.locator('[role="dialog"][aria-label="Nachrichten mit Jana"]:not([aria-modal])')).toHaveCount(1);
    await expect(page.locator('[role="dialog"] [role="log"] + [data-fixture-composer="messenger"]')).toHaveCount(1);
    // Distinct: typing in one leaves the others empty.
    await comment.click();
    await page.keyboard.type('Nur hier');
    await expect(comment).toHaveText('Nur hier');
    await expect(reply).toHaveText('');
    await expect(messenger).toHaveText('');
    await expect(comment.locator('p')).toHaveCount(1);
  });

  test('the "Create post" dialog: a Lexical box where Enter is a new paragraph and "Posten" posts once', async ({
    page,
  }) => {
    const dialog = page.locator('[role="dialog"][aria-label="Beitrag erstellen"]');
    await expect(dialog).toBeHidden();
    await page.locator('[data-fixture-open-post]').click();
    await expect(dialog).toBeVisible();
    const post = box(page, 'post');
    await expect(post).toHaveAttribute('data-lexical-editor', 'true');
    await expect(post).toBeFocused();
    await page.keyboard.type('Neu bei uns');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Dinkelbrötchen');
    expect(await posts(page)).toEqual([]);
    await expect(post.locator('p')).toHaveCount(2);
    await dialog.locator('[role="button"][aria-label="Posten"]').click();
    expect(await posts(page)).toEqual([{ composer: 'post', text: 'Neu bei uns\nDinkelbrötchen' }]);
    await expect(dialog).toBeHidden();
    // A blank post box posts nothing.
    await page.locator('[data-fixture-open-post]').click();
    await dialog.locator('[role="button"][aria-label="Posten"]').click();
    expect(await posts(page)).toHaveLength(1);
  });

  test('bare Enter posts once; Lexical has cleared the editor before a bubbling keydown listener runs', async ({
    page,
  }) => {
    const comment = box(page, 'comment');
    await comment.evaluate((el) => {
      el.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter')
          (window as unknown as { __seen: string }).__seen = el.textContent ?? '';
      });
    });
    await comment.click();
    await page.keyboard.type('Danke für euer Feedback!');
    await page.keyboard.press('Enter');
    expect(await posts(page)).toEqual([{ composer: 'comment', text: 'Danke für euer Feedback!' }]);
    expect(await page.evaluate(() => (window as unknown as { __seen: string }).__seen)).toBe('');
    await expect(comment).toHaveText('');
    await expect(comment.locator('p')).toHaveCount(1);
    const t = await thread(page);
    expect(t.items).toHaveLength(5);
    expect(t.items[4]).toMatchObject({ text: 'Danke für euer Feedback!', parentId: null, own: true });
  });

  test('Shift+Enter makes a second paragraph; the two-paragraph draft posts with "\\n"', async ({ page }) => {
    const comment = box(page, 'comment');
    await comment.click();
    await page.keyboard.type('Zeile eins');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('Zeile zwei');
    await expect(comment.locator('p')).toHaveText(['Zeile eins', 'Zeile zwei']);
    expect(await posts(page)).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await posts(page)).toEqual([{ composer: 'comment', text: 'Zeile eins\nZeile zwei' }]);
    await expect(comment).toHaveText('');
    const t = await thread(page);
    expect(t.items).toHaveLength(5);
    expect(t.items[4]?.text).toBe('Zeile eins\nZeile zwei');
  });

  test('the submit button in #focused-state-composer-submit posts once', async ({ page }) => {
    const comment = box(page, 'comment');
    await expect(page.locator('#focused-state-composer-submit')).toHaveCount(0);
    await comment.click();
    await page.keyboard.type('Per Knopf gesendet');
    const submit = page.locator('#focused-state-composer-submit > div[role="button"][aria-label="Kommentieren"]');
    await expect(submit).toHaveCount(1);
    await expect(page.locator('[data-fixture-composer="comment"] #focused-state-composer-submit')).toHaveCount(1);
    await submit.click();
    expect(await posts(page)).toEqual([{ composer: 'comment', text: 'Per Knopf gesendet' }]);
    await expect(comment).toHaveText('');
    const t = await thread(page);
    expect(t.items).toHaveLength(5);
    expect(t.items[4]?.text).toBe('Per Knopf gesendet');
  });

  test('the reply box posts a reply to the complaint (Enter and button)', async ({ page }) => {
    const reply = box(page, 'reply');
    await reply.click();
    await expect(page.locator('[data-fixture-composer="reply"] #focused-state-composer-submit')).toHaveCount(1);
    await page.keyboard.type('Das tut uns leid, Tobias!');
    await page.keyboard.press('Enter');
    expect(await posts(page)).toEqual([{ composer: 'reply', text: 'Das tut uns leid, Tobias!' }]);
    await expect(reply).toHaveText('');
    let t = await thread(page);
    expect(t.items).toHaveLength(5);
    const first = t.items.find((i) => i.text === 'Das tut uns leid, Tobias!');
    expect(first).toMatchObject({ parentId: COMPLAINT_ID, own: true });

    await reply.click();
    await page.keyboard.type('Wir melden uns per Nachricht.');
    await page.locator('#focused-state-composer-submit [role="button"]').click();
    expect((await posts(page)).at(-1)).toEqual({ composer: 'reply', text: 'Wir melden uns per Nachricht.' });
    expect(await posts(page)).toHaveLength(2);
    t = await thread(page);
    expect(t.items).toHaveLength(6);
    expect(t.items.find((i) => i.text === 'Wir melden uns per Nachricht.')?.parentId).toBe(COMPLAINT_ID);
    expect(new Set(t.items.map((i) => i.id)).size).toBe(6);
  });

  test('a blank draft posts nothing (Enter or button)', async ({ page }) => {
    const comment = box(page, 'comment');
    await comment.click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('   ');
    await page.keyboard.press('Enter');
    await page.locator('#focused-state-composer-submit [role="button"]').click();
    expect(await posts(page)).toEqual([]);
    expect((await thread(page)).items).toHaveLength(4);
  });

  test('Messenger sends into its chat log, not into the thread', async ({ page }) => {
    const messenger = box(page, 'messenger');
    await messenger.click();
    await page.keyboard.type('Ja, gern am Samstag!');
    await page.keyboard.press('Enter');
    expect(await posts(page)).toEqual([{ composer: 'messenger', text: 'Ja, gern am Samstag!' }]);
    await expect(messenger).toHaveText('');
    await expect(page.locator('[role="dialog"] [role="log"] > div').last()).toHaveText('Ja, gern am Samstag!');
    expect((await thread(page)).items).toHaveLength(4);
    // Focusing the chat does not make it the comment submit target.
    await expect(page.locator('[data-fixture-composer="messenger"] #focused-state-composer-submit')).toHaveCount(0);
  });

  test('a window capture-phase listener can stop Enter and the button; re-issued submits then post', async ({
    page,
  }) => {
    const comment = box(page, 'comment');
    await guard(page, "e.key === 'Enter' && !e.shiftKey", '#focused-state-composer-submit [role="button"]');
    await comment.click();
    await page.keyboard.type('Angehalten');
    await page.keyboard.press('Enter');
    await page.locator('#focused-state-composer-submit [role="button"]').click();
    expect(await stopped(page)).toBe(2);
    expect(await posts(page)).toEqual([]);
    await expect(comment).toHaveText('Angehalten');
    await expect(comment.locator('p')).toHaveCount(1);
    // What a guard does after the user confirms: re-issue the key on the editor, or click the button.
    await unguard(page);
    await comment.evaluate((el) =>
      el.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }),
      ),
    );
    expect(await posts(page)).toEqual([{ composer: 'comment', text: 'Angehalten' }]);
    await comment.click();
    await page.keyboard.type('Noch einmal');
    await page.locator('#focused-state-composer-submit [role="button"]').evaluate((el) => (el as HTMLElement).click());
    expect((await posts(page)).at(-1)).toEqual({ composer: 'comment', text: 'Noch einmal' });
    expect((await thread(page)).items).toHaveLength(6);
  });

  test('SPA navigation: new post, old editors destroyed, a new comment box after 300 ms', async ({ page }) => {
    const old = box(page, 'comment');
    await tag(old, 'old');
    await page.locator('a[data-fixture-nav]').click();
    await expect(page).toHaveURL(URL2);
    await expect(page.locator('[data-fixture-composer="reply"]')).toHaveCount(0);
    const t = await thread(page);
    expect(t.id).toBe('pfbid0composer2');
    expect(t.items).toHaveLength(2);
    const fresh = box(page, 'comment');
    await expect(fresh).toHaveAttribute('data-lexical-editor', 'true');
    await expect(page.locator('[data-self-test-tag="old"]')).toHaveCount(0);
    await expect(page.locator('[data-fixture-composer="comment"]')).toHaveCount(1);
    await fresh.click();
    await page.keyboard.type('Zimtsterne sind dabei!');
    await page.keyboard.press('Enter');
    expect(await posts(page)).toEqual([{ composer: 'comment', text: 'Zimtsterne sind dabei!' }]);
    const after = await thread(page);
    expect(after.id).toBe('pfbid0composer2');
    expect(after.items).toHaveLength(3);
    expect(after.items[2]?.text).toBe('Zimtsterne sind dabei!');
  });
});

// ---------------------------------------------------------------------------------------------------------------
test.describe('X composer page (Draft.js, React 18)', () => {
  test.use({ locale: 'en-US' });
  const FOCUS = '1990721642296246560';
  const NEXT = '1991506816005046565';
  const URL1 = `https://x.com/greenline_demo/status/${FOCUS}`;
  const URL2 = `https://x.com/greenline_demo/status/${NEXT}`;
  const COMPLAINT_ID = '1990727933752246562';
  const editor = (page: Page, name: string, testId = 'tweetTextarea_0') =>
    page.locator(`[data-fixture-composer="${name}"] [data-testid="${testId}"]`);
  const thread = (page: Page) => read(page, 'x');

  test.beforeEach(async ({ page }) => {
    await openFixture(page, URL1);
    await expect(editor(page, 'inline')).toHaveCount(1);
  });

  test('the adapter reads the conversation', async ({ page }) => {
    const t = await thread(page);
    expect(t.id).toBe(FOCUS);
    expect(t.root?.text).toBe('Our app now shows your meter readings in real time. Tell us what you think!');
    expect(t.items.map((i) => i.id)).toEqual([
      '1990724662195126561',
      COMPLAINT_ID,
      '1990731960284086563',
      '1990736238474166564',
    ]);
    expect(t.items.every((i) => i.parentId === FOCUS)).toBe(true);
    expect(t.items[1]?.text).toBe(
      'I have been waiting three weeks for my order and nobody answers. This is really frustrating.',
    );
  });

  test('real Draft.js editors with the site attributes; inline and DM are distinct', async ({ page }) => {
    const inline = editor(page, 'inline');
    await expect(inline).toHaveAttribute('role', 'textbox');
    await expect(inline).toHaveAttribute('aria-label', 'Post text');
    await expect(inline).toHaveAttribute('contenteditable', 'true');
    await expect(inline).toHaveClass(/public-DraftEditor-content/);
    await expect(
      page.locator(
        'main [data-fixture-composer="inline"] [data-testid="tweetTextarea_0_label"] .DraftEditor-root [data-testid="tweetTextarea_0"]',
      ),
    ).toHaveCount(1);
    await expect(page.locator('[data-fixture-composer="inline"] .public-DraftEditorPlaceholder-inner')).toHaveText(
      'Post your reply',
    );
    const button = page.locator('[data-fixture-composer="inline"] button[data-testid="tweetButtonInline"]');
    await expect(button).toHaveText('Reply');
    await expect(button).toBeDisabled();
    const dm = editor(page, 'dm', 'dmComposerTextInput');
    await expect(
      page.locator('[data-testid="DMDrawer"] .DraftEditor-root [data-testid="dmComposerTextInput"]'),
    ).toHaveCount(1);
    await expect(page.locator('main [data-testid="DMDrawer"]')).toHaveCount(0);
    await inline.click();
    await page.keyboard.type('Only here');
    await expect(inline).toHaveText('Only here');
    await expect(button).toBeEnabled();
    await expect(dm).toHaveText('');
    await expect(page.locator('button[data-testid="dmComposerSendButton"]')).toBeDisabled();
  });

  for (const key of ['Control+Enter', 'Meta+Enter']) {
    test(`${key} posts the inline reply once`, async ({ page }) => {
      const inline = editor(page, 'inline');
      await inline.click();
      await page.keyboard.type('Yes, all smart meters since 2019.');
      await page.keyboard.press(key);
      expect(await posts(page)).toEqual([{ composer: 'inline', text: 'Yes, all smart meters since 2019.' }]);
      await expect(inline).toHaveText('');
      await expect(page.locator('button[data-testid="tweetButtonInline"]')).toBeDisabled();
      const t = await thread(page);
      expect(t.items).toHaveLength(5);
      const mine = t.items.find((i) => i.text === 'Yes, all smart meters since 2019.');
      expect(mine).toMatchObject({ parentId: FOCUS, own: true, author: { handle: '@greenline_demo' } });
    });
  }

  test('Enter makes a new block; the two-block draft posts with "\\n" through the button', async ({ page }) => {
    const inline = editor(page, 'inline');
    await inline.click();
    await page.keyboard.type('Line one');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Line two');
    await expect(inline.locator('[data-block="true"]')).toHaveText(['Line one', 'Line two']);
    expect(await posts(page)).toEqual([]);
    await page.locator('button[data-testid="tweetButtonInline"]').click();
    expect(await posts(page)).toEqual([{ composer: 'inline', text: 'Line one\nLine two' }]);
    await expect(inline).toHaveText('');
    await expect(inline.locator('[data-block="true"]')).toHaveCount(1);
    const t = await thread(page);
    expect(t.items).toHaveLength(5);
    expect(t.items.find((i) => i.own)?.text).toBe('Line one\nLine two');
  });

  test('a blank draft posts nothing', async ({ page }) => {
    const inline = editor(page, 'inline');
    await inline.click();
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('   ');
    await page.keyboard.press('Control+Enter');
    await expect(page.locator('button[data-testid="tweetButtonInline"]')).toBeDisabled();
    expect(await posts(page)).toEqual([]);
    expect((await thread(page)).items).toHaveLength(4);
  });

  test('the reply modal posts a reply to that tweet (button), then closes', async ({ page }) => {
    const complaint = page.locator(`article[data-testid="tweet"]:has(a[href$="/status/${COMPLAINT_ID}"])`);
    await complaint.locator('button[data-testid="reply"]').click();
    const dialog = page.locator('[role="dialog"][aria-modal="true"][aria-labelledby="modal-header"]');
    await expect(dialog.locator('h2#modal-header')).toHaveCount(1);
    const modal = editor(page, 'modal');
    await expect(dialog.locator('[data-testid="tweetTextarea_0_label"] .DraftEditor-root')).toContainText('');
    await expect(modal).toBeFocused();
    // Two tweetTextarea_0 editors now: inline and modal, distinct elements.
    await expect(page.locator('[data-testid="tweetTextarea_0"]')).toHaveCount(2);
    await page.keyboard.type('Sorry, Chris. We sent you a DM.');
    await expect(editor(page, 'inline')).toHaveText('');
    await dialog.locator('button[data-testid="tweetButton"]').click();
    expect(await posts(page)).toEqual([{ composer: 'modal', text: 'Sorry, Chris. We sent you a DM.' }]);
    await expect(dialog).toHaveCount(0);
    const t = await thread(page);
    expect(t.items).toHaveLength(5);
    expect(t.items.find((i) => i.own)).toMatchObject({
      text: 'Sorry, Chris. We sent you a DM.',
      parentId: COMPLAINT_ID,
    });
    // The other replies keep their parents.
    expect(t.items.filter((i) => !i.own).every((i) => i.parentId === FOCUS)).toBe(true);
  });

  test('the reply modal posts with Control+Enter; a blank modal posts nothing', async ({ page }) => {
    const reply = page.locator('article[data-testid="tweet"] button[data-testid="reply"]').nth(1);
    await reply.click();
    await expect(editor(page, 'modal')).toBeFocused();
    await page.keyboard.press('Control+Enter');
    await expect(page.locator('button[data-testid="tweetButton"]')).toBeDisabled();
    expect(await posts(page)).toEqual([]);
    await page.keyboard.type('Thanks!');
    await page.keyboard.press('Control+Enter');
    expect(await posts(page)).toEqual([{ composer: 'modal', text: 'Thanks!' }]);
    await expect(page.locator('[role="dialog"][aria-modal="true"]')).toHaveCount(0);
    expect((await thread(page)).items).toHaveLength(5);
  });

  test('the DM drawer sends into the conversation, not the thread (Enter and button)', async ({ page }) => {
    const dm = editor(page, 'dm', 'dmComposerTextInput');
    await dm.click();
    await page.keyboard.type('Let me check that for you.');
    await page.keyboard.press('Enter');
    await expect(dm).toHaveText('');
    await page.keyboard.type('One moment');
    await page.locator('button[data-testid="dmComposerSendButton"]').click();
    expect(await posts(page)).toEqual([
      { composer: 'dm', text: 'Let me check that for you.' },
      { composer: 'dm', text: 'One moment' },
    ]);
    await expect(page.locator('[data-testid="DMDrawer"] [data-testid="messageEntry"]')).toHaveText([
      'Hi! Can you check why my last bill was so high?',
      'Let me check that for you.',
      'One moment',
    ]);
    expect((await thread(page)).items).toHaveLength(4);
  });

  test('a window capture-phase listener can stop Ctrl+Enter and the button; re-issued submits then post', async ({
    page,
  }) => {
    const inline = editor(page, 'inline');
    const button = page.locator('button[data-testid="tweetButtonInline"]');
    await guard(page, "e.key === 'Enter' && (e.ctrlKey || e.metaKey)", 'button[data-testid^="tweetButton"]');
    await inline.click();
    await page.keyboard.type('Held back');
    await page.keyboard.press('Control+Enter');
    await button.click();
    expect(await stopped(page)).toBe(2);
    expect(await posts(page)).toEqual([]);
    await expect(inline).toHaveText('Held back');
    await unguard(page);
    await inline.evaluate((el) =>
      el.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          keyCode: 13,
          ctrlKey: true,
          bubbles: true,
          cancelable: true,
        }),
      ),
    );
    expect(await posts(page)).toEqual([{ composer: 'inline', text: 'Held back' }]);
    await inline.click();
    await page.keyboard.type('Again');
    await button.evaluate((el) => (el as HTMLElement).click());
    expect((await posts(page)).at(-1)).toEqual({ composer: 'inline', text: 'Again' });
    expect((await thread(page)).items).toHaveLength(6);
  });

  test('SPA navigation: new status, old editor unmounted, a new inline composer after 300 ms', async ({ page }) => {
    await tag(editor(page, 'inline'), 'old');
    await page.locator('a[data-fixture-nav]').click();
    await expect(page).toHaveURL(URL2);
    const t = await thread(page);
    expect(t.id).toBe(NEXT);
    expect(t.items).toHaveLength(2);
    const fresh = editor(page, 'inline');
    await expect(fresh).toHaveCount(1);
    await expect(page.locator('[data-self-test-tag="old"]')).toHaveCount(0);
    await fresh.click();
    await page.keyboard.type('Until 6 pm.');
    await page.keyboard.press('Control+Enter');
    expect(await posts(page)).toEqual([{ composer: 'inline', text: 'Until 6 pm.' }]);
    const after = await thread(page);
    expect(after.id).toBe(NEXT);
    expect(after.items).toHaveLength(3);
    expect(after.items.find((i) => i.own)).toMatchObject({ text: 'Until 6 pm.', parentId: NEXT });
  });
});
