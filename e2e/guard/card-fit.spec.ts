// The guard's card on a small window (1280×720), in English and German, with a draft of a dozen findings: it fits the
// window, leaves the draft it talks about uncovered, scrolls its findings inside itself, and keeps "Edit" and
// "Post anyway" in view and clickable, wherever the composer sits on the screen.
import { expect, test } from '../harness/test';
import { GUARD_CASES } from './cases';
import { card, editable, posts, submit, typeInto } from './helpers';

const MANY = {
  'en-US':
    'BUY NOW!!! Only today 50% off with code SUMMER50, click the link in bio, DM us for details, follow and share with your friends, free shipping at https://shop-deal.example/now 🔥🔥🔥🔥🔥 You idiot, everyone knows that!!!',
  'de-DE':
    'JETZT KAUFEN!!! Nur heute 50 % Rabatt mit dem Code SOMMER50, klick auf den Link in Bio, schreib uns eine DM für Infos, folgt uns und teilt das mit euren Freunden, gratis Versand auf https://shop-angebot.example/deal 🔥🔥🔥🔥🔥 Du Idiot, das weißt du doch!!!',
} as const;
const LABELS = {
  'en-US': { edit: 'Edit', post: 'Post anyway' },
  'de-DE': { edit: 'Bearbeiten', post: 'Trotzdem posten' },
} as const;

const cases = ['facebook', 'x'].map((prefix) => GUARD_CASES.find((c) => c.name.startsWith(prefix)));

type Rect = { x: number; y: number; width: number; height: number };
const inside = (r: Rect, w: number, h: number) => r.x >= 0 && r.y >= 0 && r.x + r.width <= w && r.y + r.height <= h;
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

/** Scrolls so the composer's top sits at `top` px from the window's top. */
async function placeComposer(locator: ReturnType<typeof editable>, top: number): Promise<void> {
  await locator.evaluate((el, t) => window.scrollBy(0, el.getBoundingClientRect().top - t), top);
}

for (const locale of ['en-US', 'de-DE'] as const) {
  test.describe(`on a 1280×720 window in ${locale}`, () => {
    test.use({ locale });
    for (const c of cases) {
      if (!c) throw new Error('guard case missing');
      for (const where of ['bottom', 'top'] as const) {
        test(`${c.name}: the card with many findings fits, beside a composer at the ${where}`, async ({ page }) => {
          await page.setViewportSize({ width: 1280, height: 720 });
          await page.goto(c.url);
          await typeInto(page, c.main, MANY[locale]);
          const box = editable(page, c.main);
          await placeComposer(box, where === 'bottom' ? 600 : 90);
          await submit(page, c, c.main, c.key ? 'key' : 'button');
          await expect(card(page)).toBeVisible();
          expect(await card(page).locator('[data-lf-rule]').count()).toBeGreaterThanOrEqual(10);

          const cardBox = (await card(page).boundingBox()) as Rect;
          const draftBox = (await box.boundingBox()) as Rect;
          expect(inside(cardBox, 1280, 720), JSON.stringify(cardBox)).toBe(true);
          expect(
            overlap(cardBox, draftBox),
            `card ${JSON.stringify(cardBox)} over draft ${JSON.stringify(draftBox)}`,
          ).toBe(false);
          // The findings scroll inside the card; its actions stay where they are while they do.
          const list = card(page).locator('[data-lf-guard-findings]');
          expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
          const edit = card(page).getByRole('button', { name: LABELS[locale].edit, exact: true });
          const post = card(page).getByRole('button', { name: LABELS[locale].post, exact: true });
          const before = (await edit.boundingBox()) as Rect;
          await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
          expect(await edit.boundingBox()).toEqual(before);
          for (const button of [edit, post]) {
            const r = (await button.boundingBox()) as Rect;
            expect(inside(r, 1280, 720), JSON.stringify(r)).toBe(true);
            expect(overlap(r, draftBox)).toBe(false);
          }
          // "Edit" takes a real click there and returns to the draft, unposted.
          await edit.click();
          await expect(card(page)).toHaveCount(0);
          await expect(box).toBeFocused();
          expect(await posts(page)).toEqual([]);
        });
      }
    }
  });
}
