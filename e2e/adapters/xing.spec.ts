// Xing adapter in real Chromium on the Xing fixture pages (German and English UI): which post is chosen, exact
// items, authors, parents, times and own marks, late replies, SPA navigation, and that every selector alternative matches.

import type { Thread } from '../../lib/sites/types';
import { contentId } from '../../lib/sites/xing/index';
import { ROUTES } from '../fixtures/xing/routes';
import { expect, openFixture, readThreadIn, selectorCountsIn, test } from '../harness/adapter-test';

const NOW = Date.parse('2024-11-25T12:00:00Z');
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const profile = (slug: string) => ({ profileUrl: `https://www.xing.com/profile/${slug}`, handle: slug });

/** The fields compared for every item: enough to pin identity, tree, author, time and own mark. */
const brief = (t: Thread | null) =>
  t?.items.map((i) => ({ id: i.id, parentId: i.parentId, name: i.author.name, time: i.time, own: i.own })) ?? [];

async function read(page: Parameters<typeof readThreadIn>[0], own: string[] = []): Promise<Thread> {
  const thread = await readThreadIn(page, 'xing', NOW, own);
  expect(thread).not.toBeNull();
  return thread as Thread;
}

for (const lang of ['de', 'en'] as const) {
  const base = `https://www.xing.com${lang === 'en' ? '/en' : ''}`;

  test.describe(`xing (${lang})`, () => {
    test('feed: chooses the post whose comments are open and reads its comments and replies', async ({ page }) => {
      const url = `${base}/discover/your-posts`;
      await openFixture(page, url);
      const thread = await read(page);
      expect(thread.site).toBe('xing');
      // No id attribute on the open card: the id comes from its permalink.
      expect(thread.id).toBe('7001.ab12cd');
      expect(thread.url).toBe(url);
      expect(thread.root).toEqual({
        id: '7001.ab12cd',
        parentId: null,
        author: { name: 'Mara Feld', ...profile('Mara_Feld_demo') },
        text: 'Vier-Tage-Woche im Kundenservice: nach sechs Monaten ziehen wir Bilanz. Was sind eure Erfahrungen?',
        time: Date.parse('2024-11-25T07:00:00Z'),
        own: false,
      });
      expect(brief(thread)).toEqual([
        { id: 'c-7001-1', parentId: null, name: 'Tobias Brandt', time: Date.parse('2024-11-25T08:00:00Z'), own: false },
        {
          id: 'c-7001-2',
          parentId: 'c-7001-1',
          name: 'Mara Feld',
          time: Date.parse('2024-11-25T09:30:00Z'),
          own: false,
        },
        // The top bar's me menu links to Jana's profile: her reply is own.
        {
          id: 'c-7001-3',
          parentId: 'c-7001-1',
          name: 'Jana Beispiel',
          time: Date.parse('2024-11-25T10:15:00Z'),
          own: true,
        },
        { id: 'c-7001-4', parentId: null, name: 'Olga Reiter', time: Date.parse('2024-11-25T10:40:00Z'), own: false },
        { id: 'c-7001-5', parentId: null, name: 'Kemal Aydın', time: Date.parse('2024-11-25T11:20:00Z'), own: false },
        {
          id: 'c-7001-6',
          parentId: 'c-7001-5',
          name: 'Olga Reiter',
          time: Date.parse('2024-11-25T11:45:00Z'),
          own: false,
        },
      ]);
      expect(thread.items[0]).toEqual({
        id: 'c-7001-1',
        parentId: null,
        author: { name: 'Tobias Brandt', ...profile('Tobias_Brandt_demo') },
        // The "Antworten"/"Reply" button and the nested replies are not part of the text.
        text: 'Bei uns hat es die Krankheitstage halbiert. Die Erreichbarkeit war anfangs das Problem.',
        time: Date.parse('2024-11-25T08:00:00Z'),
        own: false,
      });
      expect(thread.items[4]?.text).toBe('Danke fürs Teilen! 👍');
    });

    test('feed: the post holding the focus wins over the open one', async ({ page }) => {
      await openFixture(page, `${base}/discover/your-posts`);
      await page.locator('[data-urn="urn:x-xing:activity:7002"] button').focus();
      const thread = await read(page);
      expect(thread.id).toBe('urn:x-xing:activity:7002');
      expect(thread.root?.author).toEqual({ name: 'Paul Wendt', ...profile('Paul_Wendt_demo') });
      expect(thread.root?.text).toBe('Morgen halte ich einen Vortrag über Barrierefreiheit im E-Commerce.');
      expect(thread.items).toEqual([]);
    });

    test('long thread: 1,200 comments and replies by structure alone, exact', async ({ page }) => {
      const url = `${base}/discover/detail-activities/58213407.9f3c21`;
      await openFixture(page, url);
      const thread = await read(page);
      expect(thread.id).toBe('58213407.9f3c21');
      expect(thread.root?.author.name).toBe('Helga Sturm');
      expect(thread.root?.text).toBe(
        'Umfrage: Sollte das Homeoffice gesetzlich geregelt werden? Ich bin gespannt auf eure Meinungen.',
      );
      expect(thread.root?.time).toBe(Date.parse('2024-11-24T12:00:00Z'));
      // The same generator as the page's inline script, so every item is checked, not a sample.
      const first = ['Anna', 'Bernd', 'Carla', 'Dieter', 'Eva', 'Frank', 'Gül', 'Hans', 'Iris', 'Jonas', 'Kerstin'];
      const last = ['Abel', 'Brück', 'Claus', 'Dorn', 'Eich', 'Funk', 'Gramm'];
      const expected: { id: string; parentId: string | null; name: string; time: number; own: boolean }[] = [];
      const add = (id: string, parentId: string | null) => {
        const n = expected.length;
        const name = `${first[n % first.length]} ${last[n % last.length]}`;
        expected.push({ id, parentId, name, time: NOW - MIN - n * MIN, own: false });
      };
      for (let i = 0; i < 600; i++) {
        add(`lt-${i}`, null);
        for (let j = 0; j < i % 3; j++) add(`lt-${i}-${j}`, `lt-${i}`);
      }
      expect(thread.items).toHaveLength(1200);
      expect(thread.items.filter((i) => i.parentId === null)).toHaveLength(600);
      expect(brief(thread)).toEqual(expected);
      expect(thread.items[2]).toEqual({
        id: 'lt-1-0',
        parentId: 'lt-1',
        author: { name: 'Carla Claus', ...profile('Carla_Claus_demo') },
        text: 'Antwort 1 auf Meinung Nr. 2.',
        time: NOW - 3 * MIN,
        own: false,
      });
      expect(thread.items.at(-1)?.text).toBe('Antwort 2 auf Meinung Nr. 600.');
      // Own by the user's settings (no me menu on this page): matched by profile handle.
      const mine = await read(page, ['Anna_Abel_demo']);
      expect(mine.items.filter((i) => i.own).map((i) => i.id)).toEqual(
        expected.filter((e) => e.name === 'Anna Abel').map((e) => e.id),
      );
    });

    test('late replies: picked up after "show more replies" is clicked', async ({ page }) => {
      const url = `${base}/discover/detail-activities/60110022.b71e0a`;
      await openFixture(page, url);
      const before = await read(page);
      expect(before.id).toBe('60110022');
      expect(before.root).toEqual({
        id: '60110022',
        parentId: null,
        author: { name: 'Rolf Hain', ...profile('Rolf_Hain_demo') },
        text: 'Fachkräftemangel im Handwerk: Wir bilden ab sofort auch in Teilzeit aus.',
        time: NOW - 6 * H,
        own: false,
      });
      expect(brief(before)).toEqual([
        { id: 'comment-501', parentId: null, name: 'Sven Kurz', time: NOW - 5 * H, own: false },
        { id: 'comment-502', parentId: 'comment-501', name: 'Rolf Hain', time: NOW - 4 * H, own: false },
        // Own by the me menu's avatar alt ("Profilbild von Jana Beispiel" / "Profile picture of Jana Beispiel").
        { id: 'comment-503', parentId: null, name: 'Jana Beispiel', time: NOW - 2 * H, own: true },
      ]);
      expect(before.items[0]).toEqual({
        id: 'comment-501',
        parentId: null,
        author: { name: 'Sven Kurz', ...profile('Sven_Kurz_demo') },
        text: 'Teilzeitausbildung ist überfällig. Gibt es dafür Förderung?',
        time: NOW - 5 * H,
        permalink: `${base}/discover/detail-activities/60110022.b71e0a?commentId=501`,
        own: false,
      });

      await page
        .getByRole('button', { name: lang === 'de' ? 'Weitere Antworten anzeigen' : 'Show more replies' })
        .click();
      await expect.poll(async () => (await read(page)).items.length).toBe(6);
      const after = await read(page);
      expect(brief(after)).toEqual([
        { id: 'comment-501', parentId: null, name: 'Sven Kurz', time: NOW - 5 * H, own: false },
        { id: 'comment-502', parentId: 'comment-501', name: 'Rolf Hain', time: NOW - 4 * H, own: false },
        // No id attribute on late replies: the id comes from the permalink's commentId.
        { id: '504', parentId: 'comment-501', name: 'Nina Roth', time: NOW - 3 * H, own: false },
        { id: '505', parentId: 'comment-501', name: 'Sven Kurz', time: NOW - 90 * MIN, own: false },
        { id: '506', parentId: 'comment-501', name: 'Udo Falk', time: NOW - H, own: false },
        { id: 'comment-503', parentId: null, name: 'Jana Beispiel', time: NOW - 2 * H, own: true },
      ]);
      expect(after.items[4]?.text).toBe('Klingt nach Bürokratie ohne Ende.');
    });

    test('SPA navigation: the reader follows to the other post without a reload', async ({ page }) => {
      await openFixture(page, `${base}/discover/detail-activities/61000001.aa11bb`);
      const first = await read(page);
      expect(first.id).toBe('urn:x-xing:activity:61000001');
      expect(first.root?.author.name).toBe('Fenja Lorenz');
      expect(brief(first)).toEqual([
        { id: 'c-61-1', parentId: null, name: 'Bea Kranz', time: Date.parse('2024-11-25T07:00:00Z'), own: false },
        {
          id: 'c-61-2',
          parentId: 'c-61-1',
          name: 'Fenja Lorenz',
          time: Date.parse('2024-11-25T07:30:00Z'),
          own: false,
        },
      ]);

      await page.getByRole('link', { name: lang === 'de' ? 'Nächster Beitrag' : 'Next post' }).click();
      const url = `${base}/discover/detail-activities/61000002.cc22dd`;
      await expect(page).toHaveURL(url);
      // Still the same document: the injected reader survived, so no reload happened.
      const second = await read(page);
      // No id attribute on the older card: the id comes from the new URL.
      expect(second.id).toBe('61000002.cc22dd');
      expect(second.url).toBe(url);
      expect(second.root).toEqual({
        id: '61000002.cc22dd',
        parentId: null,
        author: { name: 'Timo Berg', ...profile('Timo_Berg_demo') },
        text: 'Wer kennt gute Weiterbildungen zu Datenschutz für kleine Agenturen?',
        time: NOW - 3 * D,
        own: false,
      });
      expect(brief(second)).toEqual([
        { id: 'comment-9001', parentId: null, name: 'Lea Winter', time: NOW - 2 * D, own: false },
        { id: 'comment-9002', parentId: null, name: 'Jana Beispiel', time: NOW - D, own: true },
        { id: 'comment-9003', parentId: 'comment-9002', name: 'Timo Berg', time: NOW - 20 * H, own: false },
      ]);
      expect(second.items[2]?.text).toBe('Gute Idee, danke!');
    });
  });
}

test('demo feed: comments without any id read with content-hash ids', async ({ page }) => {
  await openFixture(page, 'https://www.xing.com/discover/updates');
  const thread = await read(page);
  const rootText = 'Wir suchen Ideen: Wie haltet ihr Kontakt zu Kolleginnen und Kollegen in der Elternzeit?';
  expect(thread.id).toBe(contentId('Katrin Lenz', '2024-11-25T08:30:00Z', rootText));
  expect(thread.root?.text).toBe(rootText);
  const texts = [
    'Bei uns gibt es einen freiwilligen Newsletter und ein Sommerfest, zu dem alle eingeladen werden. Funktioniert gut.',
    'Wie gehen Sie dabei mit dem Datenschutz um? Dürfen Sie private Adressen überhaupt nutzen?',
  ];
  expect(thread.items).toEqual([
    {
      id: contentId('Peter Schulz', '2024-11-25T09:10:00Z', texts[0] ?? ''),
      parentId: null,
      author: { name: 'Peter Schulz', ...profile('Peter_Schulz_demo') },
      text: texts[0],
      time: Date.parse('2024-11-25T09:10:00Z'),
      own: false,
    },
    {
      id: contentId('Sabine Otto', '2024-11-25T10:45:00Z', texts[1] ?? ''),
      parentId: null,
      author: { name: 'Sabine Otto', ...profile('Sabine_Otto_demo') },
      text: texts[1],
      time: Date.parse('2024-11-25T10:45:00Z'),
      own: false,
    },
  ]);
});

test('every selector alternative matches in at least one xing fixture', async ({ page }) => {
  const max = new Map<string, number>();
  const record = async () => {
    for (const [name, alts] of Object.entries(await selectorCountsIn(page, 'xing'))) {
      for (const { selector, count } of alts) {
        const key = `${name}: ${selector}`;
        max.set(key, Math.max(max.get(key) ?? 0, count));
      }
    }
  };
  const urls = ['https://www.xing.com/discover/updates', ...ROUTES.map((r) => r.url)];
  expect(ROUTES).toHaveLength(10);
  for (const url of urls) {
    await openFixture(page, url);
    await record();
    // Markup that only appears after a click counts too.
    const more = page.locator('[data-qa="show-more-replies"]');
    if (await more.count()) {
      await more.click();
      await expect(more).toHaveCount(0);
      await record();
    }
    const next = page.locator('#next-post');
    if (await next.count()) {
      await next.click();
      await record();
    }
  }
  expect(max.size).toBeGreaterThan(20);
  const unmatched = [...max].filter(([, count]) => count === 0).map(([key]) => key);
  expect(unmatched).toEqual([]);
});
