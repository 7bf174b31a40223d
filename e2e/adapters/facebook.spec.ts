// Facebook adapter in real Chromium on real-structure fixture pages (German and English): exact counts, ids,
// nesting, authors, texts, times, own items, late replies, SPA navigation, a modal post, and selector coverage.
import { ROUTES } from '../fixtures/facebook/routes';
import { routeFor } from '../fixtures/routes';
import { expect, openFixture, readThreadIn, selectorCountsIn, test } from '../harness/adapter-test';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const FB = 'https://www.facebook.com';
const LOCALES = ['de', 'en'] as const;
const suffix = (lc: 'de' | 'en', sep = '?') => (lc === 'en' ? `${sep}locale=en_US` : '');

const postUrl = (lc: 'de' | 'en') =>
  lc === 'de' ? routeFor('facebook').url : `${FB}/BaeckereiMorgenrot/posts/pfbid0demo1${suffix(lc)}`;

for (const lc of LOCALES) {
  test.describe(`facebook (${lc})`, () => {
    test('post with comments and nested replies', async ({ page }) => {
      await openFixture(page, postUrl(lc));
      const thread = await readThreadIn(page, 'facebook', NOW);
      expect(thread?.id).toBe('pfbid0demo1');
      expect(thread?.site).toBe('facebook');
      expect(thread?.root?.author).toEqual({
        name: 'Bäckerei Morgenrot',
        handle: 'BaeckereiMorgenrot',
        profileUrl: `${FB}/BaeckereiMorgenrot`,
      });
      expect(thread?.root?.text).toBe(
        lc === 'de'
          ? 'Ab Dezember öffnen wir samstags schon um 6 Uhr! Was haltet ihr davon?'
          : 'From December we open at 6 am on Saturdays! What do you think?',
      );
      // The post header shows a date without a year ("24. November um 09:12", "November 24 at 9:12 AM"): the
      // latest such date before now, in the browser's time zone (UTC in these tests).
      expect(thread?.root?.time).toBe(Date.UTC(2026, 10, 24, 9, 12));
      expect(thread?.root?.permalink).toBe(`${FB}/BaeckereiMorgenrot/posts/pfbid0demo1`);
      const items = thread?.items ?? [];
      expect(items.map((i) => [i.id, i.parentId])).toEqual([
        ['900000000000001', null],
        ['900000000000003', '900000000000001'],
        ['900000000000005', '900000000000001'],
        ['900000000000002', null],
        ['900000000000006', '900000000000002'],
        ['900000000000004', null],
      ]);
      expect(items.map((i) => i.author)).toEqual([
        { name: 'Jana Berger', handle: 'jana.berger.demo', profileUrl: `${FB}/jana.berger.demo` },
        { name: 'Bäckerei Morgenrot', handle: 'BaeckereiMorgenrot', profileUrl: `${FB}/BaeckereiMorgenrot` },
        { name: 'Alex Demo', handle: 'alex.demo.7', profileUrl: `${FB}/alex.demo.7` },
        { name: 'Tobias Kern', handle: '100000000000042', profileUrl: `${FB}/profile.php?id=100000000000042` },
        { name: 'Mia Sommer', handle: '100000000000077', profileUrl: `${FB}/profile.php?id=100000000000077` },
        { name: 'Deals4You', handle: 'deals4you.demo', profileUrl: `${FB}/deals4you.demo` },
      ]);
      expect(items.map((i) => i.time)).toEqual([
        NOW - 2 * HOUR,
        NOW - HOUR,
        NOW - 20 * MIN,
        NOW - 3 * HOUR,
        NOW - HOUR,
        NOW - 20 * MIN,
      ]);
      expect(items[3]?.text).toBe(
        lc === 'de'
          ? 'Und warum war das Brot letzte Woche zweimal ausverkauft, bevor ich um 9 da war?\nDas ärgert mich wirklich.'
          : 'And why was the bread sold out twice last week before I got there at 9?\nThat really annoys me.',
      );
      // The "Author" badge is not part of the text; emoji stay.
      expect(items[1]?.text).toBe(
        lc === 'de'
          ? 'Sehr gern, Jana! Wir freuen uns auf dich.'
          : 'You are welcome, Jana! We look forward to seeing you.',
      );
      expect(items[2]?.text).toBe(lc === 'de' ? 'Geht mir genauso 😅' : 'Same for me 😅');
      expect(items[1]?.permalink).toBe(
        `${FB}/BaeckereiMorgenrot/posts/pfbid0demo1?comment_id=900000000000001&reply_comment_id=900000000000003`,
      );
      // Own: Alex Demo through the composer label, the Page's reply through its "edit or delete" menu.
      expect(items.map((i) => i.own)).toEqual([false, true, true, false, false, false]);
    });

    test('own handles from settings mark items', async ({ page }) => {
      await openFixture(page, postUrl(lc));
      const thread = await readThreadIn(page, 'facebook', NOW, [
        '@jana.berger.demo',
        `${FB}/profile.php?id=100000000000042`,
      ]);
      expect(thread?.items.filter((i) => i.own).map((i) => i.id)).toEqual([
        '900000000000001',
        '900000000000003',
        '900000000000005',
        '900000000000002',
      ]);
    });

    test('long thread: 1,000 comments and 250 replies, exactly', async ({ page }) => {
      await openFixture(page, `${FB}/LauftreffNordpark/posts/pfbid0long2${suffix(lc)}`);
      const thread = await readThreadIn(page, 'facebook', NOW);
      expect(thread?.id).toBe('pfbid0long2');
      expect(thread?.root?.text).toBe(
        lc === 'de'
          ? 'Danke fürs Mitlaufen beim Herbstlauf! Wie hat es euch gefallen?'
          : 'Thanks for joining the autumn run! How did you like it?',
      );
      expect(thread?.root?.time).toBe(NOW - DAY);
      const items = thread?.items ?? [];
      expect(items).toHaveLength(1250);
      expect(items.filter((i) => i.parentId === null)).toHaveLength(1000);
      const replies = items.filter((i) => i.parentId !== null);
      expect(replies).toHaveLength(250);
      for (const reply of replies) expect(Number(reply.id) - 7100000000).toBe(Number(reply.parentId) - 7000000000);
      expect(items.filter((i) => i.own)).toHaveLength(20);
      const c37 = items.find((i) => i.id === '7000000037');
      expect(c37?.author).toEqual({ name: 'Deals4You', handle: 'deals4you.demo', profileUrl: `${FB}/deals4you.demo` }); // 37 % 7 = 2
      expect(c37?.text).toBe(
        lc === 'de' ? 'Ich bringe beim nächsten Mal Wasser mit. #37' : 'I will bring water next time. #37',
      );
      expect(c37?.time).toBe(NOW - 2 * HOUR); // times[37 % 5]: "2 Std." / "2h"
      const c999 = items.at(-1);
      expect(c999?.id).toBe('7000000999');
      expect(c999?.author.handle).toBe('100000000000042');
      const r100 = items.find((i) => i.id === '7100000100');
      expect(r100?.parentId).toBe('7000000100');
      expect(r100?.author.name).toBe('Lauftreff Nordpark');
      expect(r100?.time).toBe(NOW - HOUR);
      expect(items.find((i) => i.id === '7000000100')?.author.name).toBe('Alex Demo');
    });

    test('replies that load later are read after the click', async ({ page }) => {
      await openFixture(page, `${FB}/BaeckereiMorgenrot/posts/pfbid0late3${suffix(lc)}`);
      const before = await readThreadIn(page, 'facebook', NOW);
      expect(before?.id).toBe('pfbid0late3');
      expect(before?.items.map((i) => [i.id, i.parentId])).toEqual([
        ['910000000000001', null],
        ['910000000000002', null],
        ['910000000000021', '910000000000002'],
        ['910000000000003', null],
      ]);
      await page
        .getByText(
          lc === 'de' ? 'Bäckerei Morgenrot hat geantwortet · 2 Antworten' : 'Bäckerei Morgenrot replied · 2 replies',
        )
        .click();
      await page.getByText(lc === 'de' ? 'Weitere Antworten ansehen' : 'View more replies').click();
      const after = await readThreadIn(page, 'facebook', NOW);
      expect(after?.items.map((i) => [i.id, i.parentId])).toEqual([
        ['910000000000001', null],
        ['910000000000011', '910000000000001'],
        ['910000000000012', '910000000000001'],
        ['910000000000002', null],
        ['910000000000021', '910000000000002'],
        ['910000000000022', '910000000000002'],
        ['910000000000003', null],
      ]);
      const late = after?.items.find((i) => i.id === '910000000000022');
      expect(late?.author.name).toBe('Alex Demo');
      expect(late?.own).toBe(true);
      expect(late?.time).toBe(NOW - 20 * MIN);
      expect(after?.items.find((i) => i.id === '910000000000012')?.text).toBe(
        lc === 'de' ? 'Finde ich fair.' : 'I think that is fair.',
      );
    });

    test('single-page navigation to another thread', async ({ page }) => {
      await openFixture(page, `${FB}/LauftreffNordpark/posts/pfbid0spaA${suffix(lc)}`);
      const first = await readThreadIn(page, 'facebook', NOW);
      expect(first?.id).toBe('pfbid0spaA');
      expect(first?.items.map((i) => i.id)).toEqual(['920000000000001', '920000000000002']);
      expect(first?.root?.author.name).toBe('Lauftreff Nordpark');
      await page.getByText(lc === 'de' ? 'Nächster Beitrag' : 'Next post').click();
      await expect(page).toHaveURL(`${FB}/BaeckereiMorgenrot/posts/pfbid0spaB`);
      const second = await readThreadIn(page, 'facebook', NOW);
      expect(second?.id).toBe('pfbid0spaB');
      expect(second?.url).toBe(`${FB}/BaeckereiMorgenrot/posts/pfbid0spaB`);
      expect(second?.root?.text).toBe(lc === 'de' ? 'Heute gibt es Zwetschgenkuchen!' : 'Plum cake today!');
      expect(second?.root?.time).toBe(NOW - HOUR);
      expect(second?.items.map((i) => [i.id, i.parentId, i.author.name])).toEqual([
        ['930000000000001', null, 'Mia Sommer'],
        ['930000000000011', '930000000000001', 'Bäckerei Morgenrot'],
        ['930000000000002', null, 'Alex Demo'],
        ['930000000000003', null, 'Deals4You'],
      ]);
      expect(second?.items.map((i) => i.own)).toEqual([false, false, true, false]);
    });

    test('a post opened as a dialog wins over the feed and the chat behind it', async ({ page }) => {
      await openFixture(page, `${FB}/permalink.php?story_fbid=pfbid0dlg7&id=100064000000001${suffix(lc, '&')}`);
      const thread = await readThreadIn(page, 'facebook', NOW);
      expect(thread?.id).toBe('pfbid0dlg7');
      expect(thread?.root?.author).toEqual({
        name: 'Hofladen Wiesengrund',
        handle: '100064000000001',
        profileUrl: `${FB}/profile.php?id=100064000000001`,
      });
      expect(thread?.root?.text).toBe(
        lc === 'de' ? 'Ab morgen gibt es wieder frische Eier vom Hof.' : 'Fresh farm eggs are back from tomorrow.',
      );
      expect(thread?.root?.time).toBe(NOW - DAY);
      const items = thread?.items ?? [];
      // Nothing from the feed post behind the dialog (940…).
      expect(items.map((i) => [i.id, i.parentId])).toEqual([
        ['950000000000001', null],
        ['950000000000011', '950000000000001'],
        ['950000000000002', null], // id from a base64 comment_id
        ['950000000000003', null], // id from the permalink, wrapper data-commentid agrees
        ['950000000000013', '950000000000003'], // sibling reply: parent from the localised reply label
      ]);
      expect(items.map((i) => i.time)).toEqual([NOW - DAY, NOW - 5 * HOUR, NOW - 3 * HOUR, NOW - 2 * HOUR, NOW - HOUR]);
      // "See more" inside the text is a button, not text.
      expect(items[2]?.text).toBe(
        lc === 'de' ? 'Die Eier letzte Woche waren teilweise kaputt.' : 'Some of the eggs last week were broken.',
      );
      // The logged-in account comes from the comment box, not from the Messenger chat's editor.
      expect(items.map((i) => i.own)).toEqual([false, true, false, false, false]);
    });
  });
}

test('every selector alternative matches on at least one fixture page', async ({ page }) => {
  const pages = [routeFor('facebook'), ...ROUTES.filter((r) => !r.url.includes('pfbid0spaB'))];
  const max: Record<string, number[]> = {};
  for (const route of pages) {
    await openFixture(page, route.url);
    const counts = await selectorCountsIn(page, 'facebook');
    for (const [name, list] of Object.entries(counts)) {
      max[name] = list.map((alt, i) => Math.max(alt.count, max[name]?.[i] ?? 0));
    }
  }
  expect(Object.keys(max).length).toBeGreaterThan(0);
  for (const [name, counts] of Object.entries(max)) {
    for (const [i, count] of counts.entries()) expect(count, `${name}[${i}]`).toBeGreaterThan(0);
  }
});
