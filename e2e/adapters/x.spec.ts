// X adapter in real Chromium on real-structure fixture pages (e2e/fixtures/x): replies, parents, authors, times,
// own items, late replies, SPA navigation, recycled cells, and that every selector alternative matches somewhere.
import type { Page } from '@playwright/test';
import type { Thread, ThreadItem } from '../../lib/sites/types';
import { X_SELECTORS } from '../../lib/sites/x/selectors';
import { X_STRINGS } from '../../lib/sites/x/strings';
import { FIXTURE_ROUTES } from '../fixtures/routes';
import { ROUTES } from '../fixtures/x/routes';
import { expect, openFixture, readThreadIn, selectorCountsIn, test } from '../harness/adapter-test';

const NOW = Date.parse('2025-12-01T00:00:00.000Z');
const EPOCH = 1288834974657n;
const snowflake = (ms: number, seq: number) => String(((BigInt(ms) - EPOCH) << 22n) | BigInt(seq));
const urlOf = (file: string, host = 'https://x.com/') => {
  const route = ROUTES.find((r) => r.file === file && r.url.startsWith(host));
  if (!route) throw new Error(`no route for ${file} on ${host}`);
  return route.url;
};

async function read(page: Page, own: string[] = []): Promise<Thread> {
  const thread = await readThreadIn(page, 'x', NOW, own);
  if (!thread) throw new Error('no thread read');
  return thread;
}

function item(thread: Thread, id: string): ThreadItem {
  const found = thread.items.find((i) => i.id === id);
  if (!found) throw new Error(`item ${id} missing`);
  return found;
}

const domOrder = (page: Page) =>
  page.evaluate(() =>
    (
      window as unknown as { __lf: { itemElements(s: string, n: number): { id: string; tag: string }[] } }
    ).__lf.itemElements('x', 0),
  );

// ---------- (1) status page with replies ----------
const STATUS = {
  de: {
    file: 'x/status-replies-de.html',
    day: '2025-03-04',
    ids: {
      anc: '1896832986117046273',
      focus: '1896855635358646273',
      r1: '1896858403599286273',
      r2: '1896861171839926273',
      r3: '1896863940080566273',
      r4: '1896865701688246273',
      r5: '1896865953346486273',
      r6: '1896868218270646273',
      r7: '1896870986511286273',
      r8: '1896889609221046279',
    },
    org: { name: 'Stadtwerke Lindenau', handle: '@stadtwerke_lind' },
    me: '@lena_vogt',
    r1: { name: 'Jonas 🚲 Radler', handle: '@jonas_rad' },
    rootText: 'Ab heute gilt unser neuer Ökostromtarif. Fragen? Wir antworten hier.',
    r3Text: 'Danke! 👍',
    r7: { text: 'Siehe hier, das wurde schon mal gefragt:', handle: '@pendler_max' },
  },
  en: {
    file: 'x/status-replies-en.html',
    day: '2025-03-05',
    ids: {
      anc: '1897195373982646273',
      focus: '1897218023224246273',
      r1: '1897220791464886273',
      r2: '1897223559705526273',
      r3: '1897226327946166273',
      r4: '1897228089553846273',
      r5: '1897228341212086273',
      r6: '1897230606136246273',
      r7: '1897233374376886273',
      r8: '1897251997086646279',
    },
    org: { name: 'Harbor Transit', handle: '@harbor_transit' },
    me: '@kim_rivera',
    r1: { name: 'Ben 🚲 Cycles', handle: '@ben_cycles' },
    rootText: 'The new night bus timetable starts today. Questions? We answer here.',
    r3Text: 'Thanks! 👍',
    r7: { text: 'See here, this was asked before:', handle: '@commuter_max' },
  },
} as const;

for (const lang of ['de', 'en'] as const) {
  const c = STATUS[lang];
  const at = (hm: string) => Date.parse(`${c.day}T${hm}:00.000Z`);

  test.describe(`status page with replies (${lang})`, () => {
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-US' });

    test('thread id, root tweet and its ancestor', async ({ page }) => {
      const url = urlOf(c.file);
      await openFixture(page, url);
      const thread = await read(page);
      expect(thread.site).toBe('x');
      expect(thread.id).toBe(c.ids.focus);
      expect(thread.url).toBe(url);
      expect(thread.root).toEqual({
        id: c.ids.focus,
        parentId: c.ids.anc,
        author: { ...c.org, profileUrl: `https://x.com/${c.org.handle.slice(1)}` },
        text: c.rootText,
        time: at('09:30'),
        permalink: url,
        own: false,
      });
    });

    test('replies: exact ids in order, parents from connector lines, no ancestor or "discover more" tweet', async ({
      page,
    }) => {
      await openFixture(page, urlOf(c.file));
      const thread = await read(page);
      const { ids } = c;
      expect(thread.items.map((i) => i.id)).toEqual([ids.r1, ids.r2, ids.r3, ids.r4, ids.r5, ids.r6, ids.r7, ids.r8]);
      expect(Object.fromEntries(thread.items.map((i) => [i.id, i.parentId]))).toEqual({
        [ids.r1]: ids.focus,
        [ids.r2]: ids.r1, // reply chain on the connector line
        [ids.r3]: ids.r2,
        [ids.r4]: ids.focus, // the author's self-thread starts under the focused tweet
        [ids.r5]: ids.r4, // and continues on the connector line
        [ids.r6]: ids.focus,
        [ids.r7]: ids.focus,
        [ids.r8]: ids.focus,
      });
    });

    test('authors, texts (emoji, quotes), times (ISO and snowflake) and permalinks', async ({ page }) => {
      await openFixture(page, urlOf(c.file));
      const thread = await read(page);
      const r1 = item(thread, c.ids.r1);
      expect(r1.author).toEqual({ ...c.r1, profileUrl: `https://x.com/${c.r1.handle.slice(1)}` });
      expect(r1.time).toBe(at('09:41'));
      expect(r1.permalink).toBe(`https://x.com/${c.r1.handle.slice(1)}/status/${c.ids.r1}`);
      expect(item(thread, c.ids.r2).author.handle).toBe(c.org.handle);
      expect(item(thread, c.ids.r3).text).toBe(c.r3Text);
      const r7 = item(thread, c.ids.r7);
      expect(r7.text).toBe(c.r7.text);
      expect(r7.author.handle).toBe(c.r7.handle);
      expect(r7.time).toBe(at('10:31'));
      // r8 renders no <time>: its time comes from the snowflake id.
      const r8 = item(thread, c.ids.r8);
      expect(await page.locator(`article:has(a[href*="/status/${c.ids.r8}/"]) time`).count()).toBe(0);
      expect(r8.time).toBe(at('11:45'));
      expect(r8.permalink).toBe(`https://x.com/${r8.author.handle?.slice(1)}/status/${c.ids.r8}`);
    });

    test('own replies from the logged-in account, with every fallback', async ({ page }) => {
      await openFixture(page, urlOf(c.file));
      const ownIds = async () => (await read(page)).items.filter((i) => i.own).map((i) => i.id);
      expect(await ownIds()).toEqual([c.ids.r6]);
      // Settings handles count too.
      expect((await read(page, [c.r1.handle])).items.filter((i) => i.own).map((i) => i.id)).toEqual([
        c.ids.r1,
        c.ids.r3,
        c.ids.r6,
      ]);
      // Without the switcher avatar: the profile tab; without that too: the switcher's "@handle" text.
      await page
        .locator('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]')
        .evaluate((e) => e.remove());
      expect(await ownIds()).toEqual([c.ids.r6]);
      await page.locator('a[data-testid="AppTabBar_Profile_Link"]').evaluate((e) => e.remove());
      expect(await ownIds()).toEqual([c.ids.r6]);
      await page.locator('[data-testid="SideNav_AccountSwitcher_Button"]').evaluate((e) => e.remove());
      expect(await ownIds()).toEqual([]);
    });
  });
}

test('twitter.com serves the same page; permalinks keep the host', async ({ page }) => {
  const url = urlOf('x/status-replies-en.html', 'https://twitter.com/');
  await openFixture(page, url);
  const thread = await read(page);
  expect(thread.id).toBe(STATUS.en.ids.focus);
  expect(thread.items).toHaveLength(8);
  expect(thread.root?.permalink).toBe(url);
  expect(item(thread, STATUS.en.ids.r1).permalink).toBe(`https://twitter.com/ben_cycles/status/${STATUS.en.ids.r1}`);
});

test('demo page (status-en.html) still reads: 3 replies to the focused tweet', async ({ page }) => {
  await openFixture(page, 'https://x.com/greenline_demo/status/1861001885905846272');
  const thread = await read(page);
  expect(thread.id).toBe('1861001885905846272');
  expect(thread.root?.author).toEqual({
    name: 'Greenline Energy',
    handle: '@greenline_demo',
    profileUrl: 'https://x.com/greenline_demo',
  });
  expect(thread.items.map((i) => [i.id, i.parentId, i.author.handle])).toEqual([
    ['1861008177361846273', '1861001885905846272', '@sam_reads'],
    ['1861014468817846274', '1861001885905846272', '@angry_meter'],
    ['1861020760273846275', '1861001885905846272', '@crypto_gains_now'],
  ]);
  expect(thread.items[2]?.text).toBe('🚀🚀 BUY NOW!!! 10x guaranteed, link in bio 💰💰 #crypto #gains #money #free');
});

// ---------- (2) long conversation ----------
for (const [lang, file, n, prefix, t0, focusId] of [
  ['de', 'x/long-de.html', 1200, 'nutzerin', '2025-06-01T08:00:00.000Z', '1929085506155446272'],
  ['en', 'x/long-en.html', 1050, 'user', '2025-06-02T08:00:00.000Z', '1929447894021046272'],
] as const) {
  test(`long conversation (${lang}): exactly ${n} replies with generated ids, authors, parents and times`, async ({
    page,
  }) => {
    await openFixture(page, urlOf(file));
    const thread = await read(page);
    expect(thread.id).toBe(focusId);
    expect(thread.items).toHaveLength(n);
    const expected = Array.from({ length: n }, (_, i) => {
      const ms = Date.parse(t0) + (i + 1) * 37_000;
      return { id: snowflake(ms, i % 4096), ms };
    });
    expect(thread.items.map((i) => i.id)).toEqual(expected.map((e) => e.id));
    expect(thread.items.map((i) => i.time)).toEqual(expected.map((e) => e.ms));
    const parents = thread.items.map((it, i) => it.parentId === (i % 10 === 9 ? expected[i - 1]?.id : focusId));
    expect(parents.every(Boolean)).toBe(true);
    const word = lang === 'de' ? 'Antwort' : 'Reply';
    expect(thread.items[0]?.author).toEqual({
      name: lang === 'de' ? 'Nutzerin 0' : 'User 0',
      handle: `@${prefix}_00`,
      profileUrl: `https://x.com/${prefix}_00`,
    });
    expect(thread.items[n - 1]?.text.startsWith(`${word} ${n}: `)).toBe(true);
    expect(thread.items[n - 1]?.author.handle).toBe(`@${prefix}_${String((n - 1) % 50).padStart(2, '0')}`);
  });
}

// ---------- (3) replies that appear later ----------
const LATE = {
  de: {
    file: 'x/late-de.html',
    ids: {
      focus: '1954513054725046275',
      r1: '1954514313016246275',
      r1h: '1954514564674486275',
      r2: '1954515571307446275',
      r3: '1954516829598646275',
      m1: '1954528154219446275',
      m2: '1954529412510646275',
      m3: '1954530670801846275',
      m4: '1954533187384246275',
    },
  },
  en: {
    file: 'x/late-en.html',
    ids: {
      focus: '1954875442590646275',
      r1: '1954876700881846275',
      r1h: '1954876952540086275',
      r2: '1954877959173046275',
      r3: '1954879217464246275',
      m1: '1954890542085046275',
      m2: '1954891800376246275',
      m3: '1954893058667446275',
      m4: '1954895575249846275',
    },
  },
} as const;

for (const lang of ['de', 'en'] as const) {
  const { file, ids } = LATE[lang];
  test(`late replies (${lang}): picked up after "${X_STRINGS[lang].showMoreReplies}"`, async ({ page }) => {
    await openFixture(page, urlOf(file));
    const label = X_STRINGS[lang].showMoreReplies;
    expect((await read(page)).items.map((i) => i.id)).toEqual([ids.r1, ids.r2, ids.r3]);

    await page.getByRole('link', { name: label }).click();
    const afterLink = await read(page);
    expect(afterLink.items.map((i) => [i.id, i.parentId])).toEqual([
      [ids.r1, ids.focus],
      [ids.r1h, ids.r1],
      [ids.r2, ids.focus],
      [ids.r3, ids.focus],
    ]);

    await page.getByRole('button', { name: label }).click();
    const all = await read(page);
    expect(all.items).toHaveLength(8);
    expect(all.items.map((i) => [i.id, i.parentId])).toEqual([
      [ids.r1, ids.focus],
      [ids.r1h, ids.r1],
      [ids.r2, ids.focus],
      [ids.r3, ids.focus],
      [ids.m1, ids.focus],
      [ids.m2, ids.m1],
      [ids.m3, ids.focus],
      [ids.m4, ids.focus],
    ]);
    expect(item(all, ids.m2).text).toBe(lang === 'de' ? 'Späte Antwort zwei, an Cem.' : 'Late reply two, to Cem.');
    expect(await page.getByRole('button', { name: label }).count()).toBe(0);
  });
}

// ---------- (4) single-page navigation ----------
const SPA = {
  de: {
    file: 'x/spa-de.html',
    ids: {
      focus: '1969461554181046277',
      a1: '1969462812472246277',
      a2: '1969463315788726277',
      a3: '1969463819105206277',
      b1: '1969466587345846277',
      b2: '1969467845637046277',
    },
    a1Text: 'Ich! Gibt es noch Karten?',
  },
  en: {
    file: 'x/spa-en.html',
    ids: {
      focus: '1969823942046646277',
      a1: '1969825200337846277',
      a2: '1969825703654326277',
      a3: '1969826206970806277',
      b1: '1969828975211446277',
      b2: '1969830233502646277',
    },
    a1Text: 'Me! Any tickets left?',
  },
} as const;

for (const lang of ['de', 'en'] as const) {
  const { file, ids, a1Text } = SPA[lang];
  test(`SPA navigation (${lang}): the reader follows pushState to the other status`, async ({ page }) => {
    await openFixture(page, urlOf(file));
    const first = await read(page);
    expect(first.id).toBe(ids.focus);
    expect(first.items.map((i) => [i.id, i.parentId])).toEqual([
      [ids.a1, ids.focus],
      [ids.a2, ids.focus],
      [ids.a3, ids.a2],
    ]);
    await page.evaluate(() => {
      (window as unknown as { __noReload: boolean }).__noReload = true;
    });
    await page.locator(`article a[href$="/status/${ids.a1}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/paula_m/status/${ids.a1}$`));
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    const second = await read(page);
    expect(second.id).toBe(ids.a1);
    expect(second.url).toBe(`https://x.com/paula_m/status/${ids.a1}`);
    expect(second.root?.id).toBe(ids.a1);
    expect(second.root?.text).toBe(a1Text);
    expect(second.root?.parentId).toBe(ids.focus);
    expect(second.items.map((i) => [i.id, i.parentId])).toEqual([
      [ids.b1, ids.a1],
      [ids.b2, ids.a1],
    ]);
  });
}

// ---------- (5) recycled cells ----------
for (const [lang, file, t0, focusId, prefix] of [
  ['de', 'x/recycle-de.html', '2025-10-01T07:00:00.000Z', '1973281726264246281', 'hoerer'],
  ['en', 'x/recycle-en.html', '2025-10-02T07:00:00.000Z', '1973644114129846281', 'listener'],
] as const) {
  const reply = (i: number) => snowflake(Date.parse(t0) + (i + 1) * 60_000, 100 + i);
  test(`recycled cells (${lang}): the same elements read as the new tweets, parents by position`, async ({ page }) => {
    await openFixture(page, urlOf(file));
    const first = await read(page);
    expect(first.root?.id).toBe(focusId);
    expect(first.items.map((i) => [i.id, i.parentId])).toEqual([0, 1, 2, 3, 4].map((i) => [reply(i), focusId]));
    expect((await domOrder(page)).map((e) => e.id)).toEqual([0, 1, 2, 3, 4].map(reply));
    // Tag the cell elements themselves, to prove later reads see the same elements with new content.
    await page.evaluate(() => {
      document.querySelectorAll('[data-testid="cellInnerDiv"]').forEach((cell, k) => {
        (cell as unknown as { __probe: number }).__probe = k;
      });
    });
    const probes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="cellInnerDiv"]')].map(
          (cell) => (cell as unknown as { __probe?: number }).__probe,
        ),
      );

    await page.locator('#fixture-next').click();
    // Focused and composer cells are unmounted; the five pooled cells (probes 2..6) remain, two with new tweets.
    expect(await probes()).toEqual([2, 3, 4, 5, 6]);
    expect((await domOrder(page)).map((e) => e.id)).toEqual([5, 6, 2, 3, 4].map(reply));
    const second = await read(page);
    expect(second.id).toBe(focusId);
    expect(second.root).toBeNull();
    expect(Object.fromEntries(second.items.map((i) => [i.id, i.parentId]))).toEqual({
      [reply(2)]: focusId,
      [reply(3)]: focusId,
      [reply(4)]: focusId,
      // Reply 5 continues reply 4, shown above it but last in the document.
      [reply(5)]: reply(4),
      [reply(6)]: focusId,
    });
    expect(item(second, reply(6)).author.handle).toBe(`@${prefix}_6`);
    expect(item(second, reply(6)).time).toBe(Date.parse(t0) + 7 * 60_000);

    for (let k = 0; k < 3; k++) await page.locator('#fixture-next').click();
    // start = 8: replies 8..12 in the same five elements.
    expect(await probes()).toEqual([2, 3, 4, 5, 6]);
    const third = await read(page);
    expect(third.items.map((i) => i.id).sort()).toEqual([8, 9, 10, 11, 12].map(reply).sort());
    expect(item(third, reply(10)).parentId).toBe(reply(9));
    expect(item(third, reply(11)).parentId).toBe(focusId);
    expect(item(third, reply(12)).text).toContain(lang === 'de' ? 'Song-Tipp 12' : 'Song tip 12');
  });
}

// ---------- selectors: every alternative matches in at least one fixture ----------
test('every selector alternative matches in at least one x fixture page; exact counts on the status pages', async ({
  page,
}) => {
  const pages = [...new Set([...ROUTES, ...FIXTURE_ROUTES.filter((r) => r.site === 'x')].map((r) => r.url))];
  const max = new Map<string, number>();
  const perPage = new Map<string, Record<string, { selector: string; count: number }[]>>();
  for (const url of pages) {
    await openFixture(page, url);
    const counts = await selectorCountsIn(page, 'x');
    perPage.set(url, counts);
    for (const [name, alts] of Object.entries(counts)) {
      for (const alt of alts) {
        const key = `${name} :: ${alt.selector}`;
        max.set(key, Math.max(max.get(key) ?? 0, alt.count));
      }
    }
  }
  const expectedKeys = Object.entries(X_SELECTORS).flatMap(([name, alts]) =>
    alts.map((alt) => `${name} :: ${alt.selector}`),
  );
  expect([...max.keys()].sort()).toEqual(expectedKeys.sort());
  const unmatched = [...max].filter(([, count]) => count === 0).map(([key]) => key);
  expect(unmatched).toEqual([]);

  for (const lang of ['de', 'en'] as const) {
    const counts = perPage.get(urlOf(STATUS[lang].file));
    const first = (name: keyof typeof X_SELECTORS) => counts?.[name]?.[0]?.count;
    // ancestor, focused, 8 replies, the tweet under "discover more"
    expect(first('tweet')).toBe(11);
    expect(first('cell')).toBe(13);
    expect(first('focusedTweet')).toBe(1);
    expect(first('userName')).toBe(12); // + the quoted tweet's
    expect(first('tweetText')).toBe(12);
    expect(first('time')).toBe(11); // r8 shows none; the quoted tweet shows one
    expect(first('quote')).toBe(1);
    expect(first('sectionHeading')).toBe(1);
    expect(first('accountSwitcher')).toBe(1);
    expect(first('profileLink')).toBe(1);
    const late = perPage.get(urlOf(LATE[lang].file));
    expect(late?.moreReplies?.[1]?.count).toBe(1);
  }
});
