// Facebook adapter in real Chromium on real-structure fixture pages: exact counts, ids, nesting, authors, texts, times,
// own items, late replies, SPA navigation, a modal post, and selector coverage (de, en); then one page per page kind
// (news feed es, photo page pt, photo viewer over the feed it, group post fr, group feed pl, Page timeline nl, video de).

import type { Thread } from '../../lib/sites/types';
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

/** Every thread on the page and every element the pass marks (item id, tag, thread), through the one read path. */
interface Reading {
  status: string;
  threads: Thread[];
  marks: { id: string; tag: string; thread: string }[];
}

function readPageIn(page: import('@playwright/test').Page, own: string[] = []): Promise<Reading> {
  return page.evaluate(
    ([n, o]) =>
      (window as unknown as { __lf: { readPage(s: string, n: number, o: string[]): Promise<Reading> } }).__lf.readPage(
        'facebook',
        n,
        o,
      ),
    [NOW, own] as const,
  );
}

/** One comment as expected: id, parent id, author name, age in ms. */
type Row = [string, string | null, string, number];

interface ExpectedThread {
  id: string;
  author: string | null;
  text?: string;
  ago?: number;
  items: Row[];
}

/** Thread ids and count, per thread the post's author/text/age and every item; marks exactly on the comment elements. */
async function expectPage(page: import('@playwright/test').Page, expected: ExpectedThread[]): Promise<Reading> {
  const reading = await readPageIn(page);
  expect(reading.status).toBe('recognised');
  expect(reading.threads.map((t) => t.id)).toEqual(expected.map((e) => e.id));
  for (const [i, want] of expected.entries()) {
    const thread = reading.threads[i];
    expect(thread?.root?.author.name ?? null, `post author of ${want.id}`).toBe(want.author);
    if (want.text !== undefined) expect(thread?.root?.text).toBe(want.text);
    if (want.ago !== undefined) expect(thread?.root?.time).toBe(NOW - want.ago);
    expect(
      thread?.items.map((it) => [it.id, it.parentId, it.author.name, it.time === null ? null : NOW - (it.time ?? 0)]),
      `items of ${want.id}`,
    ).toEqual(want.items);
  }
  // Marks only on comment articles, each once, in the thread that read it; never on a post.
  expect(reading.marks.map((m) => [m.id, m.thread])).toEqual(expected.flatMap((e) => e.items.map((r) => [r[0], e.id])));
  expect(new Set(reading.marks.map((m) => m.tag))).toEqual(new Set(['DIV']));
  const roles = await page.evaluate(() =>
    [...document.querySelectorAll('[data-lf-id]')].map((el) => el.getAttribute('role')),
  );
  expect(roles.every((r) => r === 'article')).toBe(true);
  return reading;
}

test.describe('facebook page kinds', () => {
  test('news feed (es): comments inline under three posts, one thread each; the post without comments is none', async ({
    page,
  }) => {
    await openFixture(page, `${FB}/?locale=es_LA`);
    const reading = await expectPage(page, [
      {
        id: 'pfbid0es1',
        author: 'Panadería Sol de Mayo',
        text: '¡Desde diciembre abrimos los sábados a las 7! ¿Qué os parece?',
        ago: 3 * HOUR,
        items: [
          ['610000000000001', null, 'Lucía Romero', 2 * HOUR],
          ['610000000000011', '610000000000001', 'Panadería Sol de Mayo', HOUR],
          ['610000000000002', null, 'Diego Marín', 45 * MIN],
        ],
      },
      {
        id: '7200000000000001',
        author: 'Marta Gil',
        text: '¿Alguien tiene semillas de tomate para intercambiar?',
        ago: DAY,
        items: [
          ['620000000000001', null, 'Pablo Ortega', DAY],
          ['620000000000012', '620000000000001', 'Marta Gil', 23 * HOUR],
        ],
      },
      {
        id: '8300000000000001',
        author: 'Diego Marín',
        text: 'Atardecer en el Retiro.',
        ago: 7 * DAY,
        items: [
          ['630000000000001', null, 'Lucía Romero', 5 * HOUR],
          ['630000000000002', null, 'Alex Demo', 20 * HOUR],
        ],
      },
    ]);
    // A group member's link names the person by id, the same as profile.php?id=.
    expect(reading.threads[1]?.root?.author).toEqual({
      name: 'Marta Gil',
      handle: '100000000000322',
      profileUrl: `${FB}/profile.php?id=100000000000322`,
    });
    expect(reading.threads[1]?.root?.permalink).toBe(`${FB}/groups/huertourbanomadrid/permalink/7200000000000001/`);
    expect(reading.threads[2]?.root?.permalink).toBe(`${FB}/photo/?fbid=8300000000000001&set=a.8300000000000000`);
    // "Comentar como Alex Demo" names the account: its comment is own.
    expect(reading.threads.flatMap((t) => t.items.filter((i) => i.own).map((i) => i.id))).toEqual(['630000000000002']);
  });

  for (const url of [
    `${FB}/photo/?fbid=4400000000000001&set=a.4400000000000000&locale=pt_BR`,
    `${FB}/photo.php?fbid=4400000000000001&set=a.4400000000000000&locale=pt_BR`,
  ]) {
    test(`photo page (pt), ${new URL(url).pathname}: the side panel's six comments under the photo's owner`, async ({
      page,
    }) => {
      await openFixture(page, url);
      const reading = await expectPage(page, [
        {
          id: '4400000000000001',
          author: 'Café Aurora',
          text: 'Nosso novo bolo de laranja chegou! O que acharam?',
          ago: 3 * HOUR,
          items: [
            ['640000000000001', null, 'Beatriz Lima', 2 * HOUR],
            ['640000000000011', '640000000000001', 'Café Aurora', HOUR],
            ['640000000000012', '640000000000001', 'Rafael Costa', 45 * MIN],
            ['640000000000002', null, 'Rafael Costa', HOUR],
            ['640000000000003', null, 'Joana Pires', 30 * MIN],
            ['640000000000004', null, 'Deals4You', DAY],
          ],
        },
      ]);
      const thread = reading.threads[0];
      expect(thread?.root?.author).toEqual({
        name: 'Café Aurora',
        handle: 'cafe.aurora.demo',
        profileUrl: `${FB}/cafe.aurora.demo`,
      });
      expect(thread?.root?.permalink).toBe(`${FB}/photo/?fbid=4400000000000001&set=a.4400000000000000`);
      expect(thread?.items[1]?.permalink).toBe(
        `${FB}/photo/?fbid=4400000000000001&set=a.4400000000000000&comment_id=640000000000001&reply_comment_id=640000000000011`,
      );
      expect(thread?.items[2]?.author).toEqual({
        name: 'Rafael Costa',
        handle: '100000000000401',
        profileUrl: `${FB}/profile.php?id=100000000000401`,
      });
      expect(thread?.items[0]?.text).toBe('Que delícia! Vou passar aí amanhã.');
      // The old box names nobody: only the Page's "edit or delete" menu marks its own reply.
      expect(thread?.items.map((i) => i.own)).toEqual([false, true, false, false, false, false]);
    });
  }

  test('photo viewer over the feed (it): the dialog is the one thread, nothing from the feed post behind', async ({
    page,
  }) => {
    await openFixture(page, `${FB}/photo/?fbid=4500000000000001&set=pcb.4500000000000000&locale=it_IT`);
    await expectPage(page, [
      {
        id: '4500000000000001',
        author: 'Trattoria Da Nonna',
        text: 'Le nostre lasagne della domenica.',
        ago: 2 * DAY,
        items: [
          ['660000000000001', null, 'Giulia Conti', DAY],
          ['660000000000011', '660000000000001', 'Marco Ferri', 5 * HOUR],
          ['660000000000002', null, 'Marco Ferri', 3 * HOUR],
        ],
      },
    ]);
  });

  for (const url of [
    `${FB}/groups/jardinsdulac/posts/4700000000000001/?locale=fr_FR`,
    `${FB}/groups/jardinsdulac/permalink/4700000000000001/?locale=fr_FR`,
  ]) {
    test(`group post (fr), ${new URL(url).pathname}: member links read as profiles`, async ({ page }) => {
      await openFixture(page, url);
      const reading = await expectPage(page, [
        {
          id: '4700000000000001',
          author: 'Claire Dubois',
          text: 'Qui vient au troc de plantes samedi ?',
          ago: 2 * DAY,
          items: [
            ['670000000000001', null, 'Hugo Martin', DAY],
            ['670000000000011', '670000000000001', 'Claire Dubois', 20 * HOUR],
            ['670000000000002', null, 'Léa Petit', 3 * HOUR],
            ['670000000000021', '670000000000002', 'Hugo Martin', 2 * HOUR],
          ],
        },
      ]);
      expect(reading.threads[0]?.items[0]?.author).toEqual({
        name: 'Hugo Martin',
        handle: '100000000000602',
        profileUrl: `${FB}/profile.php?id=100000000000602`,
      });
    });
  }

  test('group feed (pl): two posts with comments, two threads', async ({ page }) => {
    await openFixture(page, `${FB}/groups/ogrodnicywarszawa/?locale=pl_PL`);
    await expectPage(page, [
      {
        id: '4800000000000001',
        author: 'Anna Nowak',
        ago: 3 * HOUR,
        items: [
          ['680000000000001', null, 'Piotr Zieliński', 2 * HOUR],
          ['680000000000011', '680000000000001', 'Anna Nowak', HOUR],
        ],
      },
      {
        id: '4800000000000002',
        author: 'Ewa Wójcik',
        ago: 2 * DAY,
        items: [
          ['680000000000002', null, 'Anna Nowak', DAY],
          ['680000000000003', null, 'Piotr Zieliński', 7 * DAY],
        ],
      },
    ]);
  });

  test('Page timeline (nl): three posts with comments inline, sibling replies in data-commentid wrappers', async ({
    page,
  }) => {
    await openFixture(page, `${FB}/profile.php?id=100064000000701&locale=nl_NL`);
    const reading = await expectPage(page, [
      {
        id: 'pfbid0nl1',
        author: 'Bloemenhuis De Linde',
        text: 'Nieuwe tulpen binnen!',
        ago: 5 * HOUR,
        items: [
          ['690000000000001', null, 'Sanne de Vries', 3 * HOUR],
          ['690000000000011', '690000000000001', 'Bloemenhuis De Linde', 2 * HOUR],
        ],
      },
      {
        id: 'pfbid0nl2',
        author: 'Bloemenhuis De Linde',
        ago: 2 * DAY,
        items: [
          ['690000000000002', null, 'Joris Bakker', DAY],
          ['690000000000003', null, 'Sanne de Vries', 45 * MIN],
        ],
      },
      {
        id: 'pfbid0nl3',
        author: 'Bloemenhuis De Linde',
        ago: 7 * DAY,
        items: [['690000000000004', null, 'Joris Bakker', 6 * DAY]],
      },
    ]);
    // "Reageren als Bloemenhuis De Linde" names the Page: its reply is own (and by its menu too).
    expect(reading.threads[0]?.items.map((i) => i.own)).toEqual([false, true]);
  });

  for (const url of [`${FB}/HofladenWiesengrund/videos/4900000000000001/`, `${FB}/watch/?v=4900000000000001`]) {
    test(`video page (de), ${new URL(url).pathname}: the side panel is the video's thread`, async ({ page }) => {
      await openFixture(page, url);
      await expectPage(page, [
        {
          id: '4900000000000001',
          author: 'Hofladen Wiesengrund',
          text: 'So entsteht unser Apfelsaft – vom Baum in die Flasche.',
          ago: 2 * HOUR,
          items: [
            ['691000000000001', null, 'Jana Berger', HOUR],
            ['691000000000011', '691000000000001', 'Hofladen Wiesengrund', 45 * MIN],
            ['691000000000002', null, 'Tobias Kern', 20 * MIN],
          ],
        },
      ]);
    });
  }
});
