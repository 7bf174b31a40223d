// LinkedIn adapter in real Chromium on real-structure fixture pages: both DOM generations (v2 SDUI, v1 Ember),
// German and English, late replies, single-page navigation, long threads, and every selector alternative in use.
import type { Page } from '@playwright/test';
import type { Thread, ThreadItem } from '../../lib/sites/types';
import { capturePages } from '../captures/pages';
import { ROUTES } from '../fixtures/linkedin/routes';
import { expect, openFixture, readPageIn, readThreadIn, selectorCountsIn, test } from '../harness/adapter-test';

const NOW = Date.UTC(2026, 9, 1, 12, 0, 0);
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const W = 7 * D;

function urlOf(file: string): string {
  const route = ROUTES.find((r) => r.file === `linkedin/${file}`);
  if (!route) throw new Error(`no route for ${file}`);
  return route.url;
}

async function read(page: Page, own: string[] = []): Promise<Thread> {
  const thread = await readThreadIn(page, 'linkedin', NOW, own);
  if (!thread) throw new Error('no thread');
  return thread;
}

const ids = (thread: Thread) => thread.items.map((i) => i.id);
const parents = (thread: Thread) => thread.items.map((i) => i.parentId);
function item(thread: Thread, id: string): ThreadItem {
  const found = thread.items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

const IN = 'https://www.linkedin.com/in/';

test.describe('v2 SDUI post-detail, German', () => {
  const P = '72701000000000001';

  test('post, comments and sibling replies', async ({ page }) => {
    await openFixture(page, urlOf('v2-post-de.html'));
    const thread = await read(page);
    expect(thread.site).toBe('linkedin');
    expect(thread.id).toBe('urn:li:activity:7270100000000000000');
    expect(thread.root).toMatchObject({
      id: '7270100000000000000',
      parentId: null,
      author: { name: 'Katrin Albers', profileUrl: `${IN}katrin-albers-demo/` },
      text: 'Wir haben unseren Kundenservice umgebaut: Antworten kommen jetzt innerhalb von 30 Minuten. Was ist euch beim Support am wichtigsten?',
      time: NOW - 6 * H,
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7270100000000000000/',
      own: false,
    });
    expect(ids(thread)).toEqual([`${P}01`, `${P}02`, `${P}03`, `${P}04`, `${P}05`]);
    expect(parents(thread)).toEqual([null, `${P}01`, `${P}01`, null, null]);
    expect(thread.items.map((i) => i.author)).toEqual([
      { name: 'Jonas Weber', profileUrl: `${IN}jonas-weber-demo/` },
      { name: 'Katrin Albers', profileUrl: `${IN}katrin-albers-demo/` },
      { name: 'Lena Hoffmann', profileUrl: `${IN}lena-hoffmann-demo/` },
      { name: 'Radwerk GmbH', profileUrl: 'https://www.linkedin.com/company/radwerk-demo/' },
      { name: 'Anna Beispiel', profileUrl: `${IN}anna-beispiel-demo/` },
    ]);
    expect(thread.items.map((i) => i.time)).toEqual([NOW - 5 * H, NOW - 4 * H, NOW - 3 * H, NOW - 2 * H, NOW - MIN]);
    expect(thread.items.map((i) => i.own)).toEqual([false, false, false, false, true]);
    expect(item(thread, `${P}01`).text).toBe(
      'Ehrlich gesagt: Ich warte seit zwei Wochen auf eine Antwort zu meiner Reklamation. Das passt nicht zu 30 Minuten.',
    );
    expect(item(thread, `${P}05`).text).toBe(
      'Schnelle Antworten sind super, aber Hauptsache, das Problem ist danach wirklich gelöst. 🙂',
    );
    expect(item(thread, `${P}02`).permalink).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:7270100000000000000/?commentUrn=' +
        encodeURIComponent(`urn:li:comment:(activity:7270100000000000000,${P}01)`) +
        '&replyUrn=' +
        encodeURIComponent(`urn:li:comment:(activity:7270100000000000000,${P}02)`),
    );
  });

  test('one marked element per comment: the outermost of the three that share its key', async ({ page }) => {
    await openFixture(page, urlOf('v2-post-de.html'));
    expect(await page.locator('[componentkey^="replaceableComment_urn:li:comment:("]').count()).toBe(15);
    const elements = await page.evaluate(() =>
      (
        window as unknown as { __lf: { itemElements(s: string, n: number): { id: string; tag: string }[] } }
      ).__lf.itemElements('linkedin', 0),
    );
    expect(elements).toHaveLength(5);
    // Only the outermost element carries the id attribute in this fixture, so it must be the one returned.
    const outermost = await page.evaluate(
      () =>
        [...document.querySelectorAll('[componentkey^="replaceableComment_urn:li:comment:("]')].filter(
          (el) =>
            el.parentElement?.closest('[componentkey]')?.getAttribute('componentkey') !==
            el.getAttribute('componentkey'),
        ).length,
    );
    expect(outermost).toBe(5);
  });

  test('replies loaded later are read with their parent', async ({ page }) => {
    await openFixture(page, urlOf('v2-post-de.html'));
    expect((await read(page)).items).toHaveLength(5);
    await page.getByRole('button', { name: 'Weitere Antworten laden' }).click();
    const thread = await read(page);
    expect(ids(thread)).toEqual([`${P}01`, `${P}06`, `${P}07`, `${P}02`, `${P}03`, `${P}04`, `${P}05`]);
    expect(parents(thread)).toEqual([null, `${P}01`, `${P}01`, `${P}01`, `${P}01`, null, null]);
    expect(item(thread, `${P}06`)).toMatchObject({ author: { name: 'Tobias Reuter' }, time: NOW - 5 * H, own: false });
    expect(item(thread, `${P}07`)).toMatchObject({ text: 'Jonas, schick mir bitte deine Ticketnummer.', own: true });
  });

  test('navigating to another post without a reload', async ({ page }) => {
    await openFixture(page, urlOf('v2-post-de.html'));
    await page.locator('#next-post').click();
    await expect(page).toHaveURL('https://www.linkedin.com/feed/update/urn:li:activity:7270200000000000000/');
    const thread = await read(page);
    expect(thread.id).toBe('urn:li:activity:7270200000000000000');
    expect(thread.url).toBe('https://www.linkedin.com/feed/update/urn:li:activity:7270200000000000000/');
    expect(thread.root?.text).toBe(
      'Unser neues Ticketsystem läuft seit einem Monat. Erste Zahlen: 40 % weniger Rückfragen.',
    );
    expect(thread.root?.time).toBe(NOW - 2 * W);
    expect(ids(thread)).toEqual(['7270200000000000301', '7270200000000000302']);
    expect(parents(thread)).toEqual([null, '7270200000000000301']);
    expect(thread.items.map((i) => [i.author.name, i.time])).toEqual([
      ['Mehmet Yılmaz', NOW - W],
      ['Katrin Albers', NOW - 6 * D],
    ]);
  });
});

test.describe('v2 SDUI feed, English', () => {
  const P = '72751000000000005';

  test('the post with comments open, its comments and replies', async ({ page }) => {
    await openFixture(page, urlOf('v2-feed-en.html'));
    const thread = await read(page);
    expect(thread.id).toBe('urn:li:activity:7275100000000000000');
    expect(thread.root).toMatchObject({
      author: { name: 'Olivia Grant', profileUrl: `${IN}olivia-grant-demo/` },
      text: 'We cut our support response time to 30 minutes. What matters most to you when you contact support?',
      time: NOW - 3 * H,
    });
    expect(ids(thread)).toEqual([`${P}01`, `${P}02`, `${P}03`, `${P}04`]);
    expect(parents(thread)).toEqual([null, `${P}01`, null, null]);
    expect(thread.items.map((i) => i.author.name)).toEqual(['Daniel Brooks', 'Olivia Grant', 'Sam Carter', 'Mei Chen']);
    expect(thread.items.map((i) => i.time)).toEqual([NOW - 2 * H, NOW - H, NOW - 45 * MIN, NOW - W]);
    expect(thread.items.map((i) => i.own)).toEqual([false, false, true, false]);
    expect(item(thread, `${P}02`).text).toBe('Thanks for raising it, Daniel. I will look into your case today.');
  });

  test('own items also by the member shown in the composer, without the page marker', async ({ page }) => {
    await openFixture(page, urlOf('v2-feed-en.html'));
    await page.evaluate(() => {
      for (const span of document.querySelectorAll('[data-view-name="comment-actor-description"] span')) {
        if (span.textContent === ' • You') span.remove();
      }
    });
    const thread = await read(page);
    expect(thread.items.map((i) => i.own)).toEqual([false, false, true, false]);
  });

  test('replies loaded later', async ({ page }) => {
    await openFixture(page, urlOf('v2-feed-en.html'));
    await page.getByRole('button', { name: 'Load previous replies' }).click();
    const thread = await read(page);
    expect(ids(thread)).toEqual([`${P}01`, `${P}05`, `${P}02`, `${P}03`, `${P}04`]);
    expect(parents(thread)).toEqual([null, `${P}01`, `${P}01`, null, null]);
    expect(item(thread, `${P}05`)).toMatchObject({
      author: { name: 'Mei Chen' },
      text: 'Same here, Daniel. It took three emails.',
    });
  });

  test('opening a post from the feed (2026-08 markup: nested units, no hooks inside comments)', async ({ page }) => {
    await openFixture(page, urlOf('v2-feed-en.html'));
    await page.locator('#open-post').click();
    await expect(page).toHaveURL('https://www.linkedin.com/feed/update/urn:li:activity:7275200000000000000/');
    const thread = await read(page);
    expect(thread.id).toBe('urn:li:activity:7275200000000000000');
    expect(thread.root).toMatchObject({
      author: { name: 'Northwind', profileUrl: 'https://www.linkedin.com/company/northwind-demo/' },
      text: 'Our new help centre is live. Tell us what you think!',
      time: NOW - D,
    });
    expect(ids(thread)).toEqual(['7275200000000000601', '7275200000000000602', '7275200000000000603']);
    expect(parents(thread)).toEqual([null, '7275200000000000601', null]);
    expect(thread.items.map((i) => i.author)).toEqual([
      { name: 'Priya Nair', profileUrl: `${IN}priya-nair-demo/` },
      { name: 'Northwind', profileUrl: 'https://www.linkedin.com/company/northwind-demo/' },
      { name: 'Tom Walsh', profileUrl: `${IN}tom-walsh-demo/` },
    ]);
    expect(thread.items.map((i) => i.text)).toEqual([
      'The search is much better now. Could you add a dark mode?',
      'Thanks Priya Nair, dark mode is on our list.',
      'Broken link on the returns page.',
    ]);
    expect(thread.items.map((i) => i.time)).toEqual([NOW - 20 * H, NOW - 18 * H, NOW - 5 * H]);
  });
});

test.describe('v1 legacy post page, German', () => {
  const P = '72711000000000002';

  test('post, comments and nested replies', async ({ page }) => {
    await openFixture(page, urlOf('v1-post-de.html'));
    const thread = await read(page);
    expect(thread.id).toBe('urn:li:activity:7271100000000000000');
    expect(thread.root).toMatchObject({
      id: '7271100000000000000',
      author: { name: 'Katrin Albers', profileUrl: `${IN}katrin-albers-demo/` },
      text: 'Wir haben unseren Kundenservice umgebaut: Antworten kommen jetzt innerhalb von 30 Minuten. Was ist euch beim Support am wichtigsten?',
      time: NOW - 6 * H,
    });
    expect(ids(thread)).toEqual([`${P}01`, `${P}02`, `${P}03`, `${P}04`, `${P}05`]);
    expect(parents(thread)).toEqual([null, `${P}01`, `${P}01`, null, null]);
    expect(thread.items.map((i) => i.author)).toEqual([
      { name: 'Jonas Weber', profileUrl: `${IN}jonas-weber-demo/` },
      { name: 'Katrin Albers', profileUrl: `${IN}katrin-albers-demo/` },
      { name: 'Lena Hoffmann', profileUrl: `${IN}lena-hoffmann-demo/` },
      { name: 'Radwerk GmbH', profileUrl: 'https://www.linkedin.com/company/radwerk-demo/' },
      { name: 'Anna Beispiel', profileUrl: `${IN}anna-beispiel-demo/` },
    ]);
    expect(thread.items.map((i) => i.time)).toEqual([NOW - 5 * H, NOW - 4 * H, NOW - 3 * H, NOW - 2 * H, NOW - MIN]);
    expect(thread.items.map((i) => i.own)).toEqual([false, false, false, false, true]);
    // The parent's text must not absorb its nested replies.
    expect(item(thread, `${P}01`).text).toBe(
      'Ehrlich gesagt: Ich warte seit zwei Wochen auf eine Antwort zu meiner Reklamation. Das passt nicht zu 30 Minuten.',
    );
    expect(item(thread, `${P}03`).text).toBe(
      'Bei mir war es genauso, nach dem zweiten Nachfragen ging es dann schnell.',
    );
  });

  test('replies loaded later', async ({ page }) => {
    await openFixture(page, urlOf('v1-post-de.html'));
    await page.getByRole('button', { name: 'Weitere Antworten laden' }).click();
    const thread = await read(page);
    expect(ids(thread)).toEqual([`${P}01`, `${P}06`, `${P}07`, `${P}02`, `${P}03`, `${P}04`, `${P}05`]);
    expect(parents(thread)).toEqual([null, `${P}01`, `${P}01`, `${P}01`, `${P}01`, null, null]);
    expect(item(thread, `${P}07`)).toMatchObject({ author: { name: 'Anna Beispiel' }, own: true, time: NOW - 4 * H });
  });

  test('navigating to another post without a reload', async ({ page }) => {
    await openFixture(page, urlOf('v1-post-de.html'));
    await page.locator('#next-post').click();
    await expect(page).toHaveURL('https://www.linkedin.com/feed/update/urn:li:activity:7271200000000000000/');
    const thread = await read(page);
    expect(thread.id).toBe('urn:li:activity:7271200000000000000');
    expect(thread.root?.time).toBe(NOW - 2 * W);
    expect(ids(thread)).toEqual(['7271200000000000401', '7271200000000000402']);
    expect(parents(thread)).toEqual([null, '7271200000000000401']);
    expect(item(thread, '7271200000000000402')).toMatchObject({ author: { name: 'Katrin Albers' }, time: NOW - 6 * D });
  });
});

test.describe('v1 legacy feed, English', () => {
  const P = '72761000000000007';

  test('the post with comments open, its comments and replies', async ({ page }) => {
    await openFixture(page, urlOf('v1-feed-en.html'));
    const thread = await read(page);
    expect(thread.id).toBe('urn:li:activity:7276100000000000000');
    expect(thread.root).toMatchObject({
      author: { name: 'Olivia Grant', profileUrl: `${IN}olivia-grant-demo/` },
      text: 'We cut our support response time to 30 minutes. What matters most to you when you contact support?',
      time: NOW - 3 * H,
    });
    expect(ids(thread)).toEqual([`${P}01`, `${P}02`, `${P}03`, `${P}04`]);
    expect(parents(thread)).toEqual([null, `${P}01`, null, null]);
    expect(thread.items.map((i) => i.author.name)).toEqual(['Daniel Brooks', 'Olivia Grant', 'Sam Carter', 'Mei Chen']);
    expect(thread.items.map((i) => i.time)).toEqual([NOW - 2 * H, NOW - H, NOW - 45 * MIN, NOW - W]);
    expect(thread.items.map((i) => i.own)).toEqual([false, false, true, false]);
  });

  test('replies loaded later', async ({ page }) => {
    await openFixture(page, urlOf('v1-feed-en.html'));
    await page.getByRole('button', { name: 'Load previous replies' }).click();
    const thread = await read(page);
    expect(ids(thread)).toEqual([`${P}01`, `${P}05`, `${P}02`, `${P}03`, `${P}04`]);
    expect(parents(thread)).toEqual([null, `${P}01`, `${P}01`, null, null]);
  });

  test('opening a post from the feed', async ({ page }) => {
    await openFixture(page, urlOf('v1-feed-en.html'));
    await page.locator('#open-post').click();
    await expect(page).toHaveURL('https://www.linkedin.com/feed/update/urn:li:activity:7276200000000000000/');
    const thread = await read(page);
    expect(thread.id).toBe('urn:li:activity:7276200000000000000');
    expect(thread.root?.author.name).toBe('Tom Walsh');
    expect(ids(thread)).toEqual(['7276200000000000801', '7276200000000000802', '7276200000000000803']);
    expect(parents(thread)).toEqual([null, '7276200000000000801', null]);
    expect(thread.items.map((i) => [i.author.name, i.own, i.time])).toEqual([
      ['Priya Nair', false, NOW - 20 * H],
      ['Tom Walsh', false, NOW - 18 * H],
      ['Sam Carter', true, NOW - 2 * H],
    ]);
  });
});

test.describe('long threads', () => {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');

  test('v2, German: 1,200 comments and replies', async ({ page }) => {
    await openFixture(page, urlOf('v2-long-de.html'));
    const thread = await read(page);
    expect(thread.id).toBe('urn:li:activity:7272000000000000000');
    expect(thread.items).toHaveLength(1200);
    expect(new Set(ids(thread)).size).toBe(1200);
    expect(thread.items.filter((i) => i.parentId === null)).toHaveLength(800);
    let top = '';
    for (const it of thread.items) {
      if (it.parentId === null) top = it.id;
      else expect(it.parentId).toBe(top);
    }
    expect(item(thread, `7272000000${pad(799, 6)}000`)).toMatchObject({
      parentId: null,
      author: { name: 'Mitglied 0799', profileUrl: `${IN}mitglied-0799-demo/` },
      text: 'Kommentar 799: Ich würde damit die Kinder zur Kita fahren.',
      time: NOW - ((799 % 23) + 1) * H,
    });
    expect(item(thread, `7272000000${pad(796, 6)}002`)).toMatchObject({
      parentId: `7272000000${pad(796, 6)}000`,
      author: { name: 'Antwort 0796-2' },
      text: 'Antwort 2 auf Kommentar 796.',
      time: NOW - ((796 % 50) + 2) * MIN,
    });
  });

  test('v1, English: 1,000 comments and nested replies', async ({ page }) => {
    await openFixture(page, urlOf('v1-long-en.html'));
    const thread = await read(page);
    expect(thread.id).toBe('urn:li:activity:7273000000000000000');
    expect(thread.root?.time).toBe(NOW - 2 * D);
    expect(thread.items).toHaveLength(1000);
    expect(new Set(ids(thread)).size).toBe(1000);
    expect(thread.items.filter((i) => i.parentId === null)).toHaveLength(600);
    expect(item(thread, `7273000000${pad(597, 6)}001`)).toMatchObject({
      parentId: `7273000000${pad(597, 6)}000`,
      author: { name: 'Reply 0597-1', profileUrl: `${IN}reply-0597-1-demo/` },
      text: 'Reply 1 to comment 597.',
      time: NOW - ((597 % 50) + 1) * MIN,
    });
    expect(item(thread, `7273000000${pad(597, 6)}000`).text).toBe('Comment 597: I would use it for the school run.');
  });
});

test.describe('2026 obfuscated feed, Portuguese', () => {
  test('comments open under three of four posts: one thread per post, each with its own comments', async ({ page }) => {
    await openFixture(page, urlOf('v2-feed-pt.html'));
    const reading = await readPageIn(page, 'linkedin', NOW);
    expect(reading.status).toBe('recognised');
    expect(reading.threads.map((t) => t.id)).toEqual([
      'urn:li:ugcPost:7401000000000000001',
      'urn:li:activity:7402000000000000002',
      'urn:li:ugcPost:7404000000000000004',
    ]);
    const [a, b, d] = reading.threads as [Thread, Thread, Thread];
    expect(a.root).toMatchObject({
      id: '7401000000000000001',
      author: { name: 'Beatriz Costa', profileUrl: `${IN}beatriz-costa-demo/` },
      text: 'Reduzimos o tempo de resposta do suporte para 30 minutos. O que é mais importante para vocês?',
      time: NOW - 5 * H,
    });
    expect(a.url).toBe('https://www.linkedin.com/feed/update/urn:li:ugcPost:7401000000000000001/');
    expect(ids(a)).toEqual(['7401000000000000101', '7401000000000000102', '7401000000000000103']);
    expect(parents(a)).toEqual([null, '7401000000000000101', null]);
    expect(a.items.map((i) => i.author.name)).toEqual(['Rui Almeida', 'Beatriz Costa', 'Joana Ferreira']);
    expect(a.items.map((i) => i.time)).toEqual([NOW - 2 * H, NOW - H, NOW - 3 * D]);
    // "• Você" after the name is LinkedIn's own-comment marker in Portuguese.
    expect(a.items.map((i) => i.own)).toEqual([false, false, true]);
    expect(b.root).toMatchObject({ author: { name: 'Lumen' }, time: NOW - W });
    expect(b.items.map((i) => [i.id, i.author.name, i.time])).toEqual([
      ['7402000000000000201', 'Marta Sousa', NOW - 4 * D],
    ]);
    expect(d.root?.author.name).toBe('Inês Rocha');
    expect(d.items.map((i) => [i.id, i.author.name, i.time, i.text])).toEqual([
      ['7404000000000000401', 'Tiago Nunes', NOW - 30 * MIN, 'Lá estarei!'],
    ]);
    // Marks land on the five comments, each counted in its own thread; the post without comments has none.
    expect(reading.marks.map((m) => [m.id, m.thread])).toEqual([
      ['7401000000000000101', 'urn:li:ugcPost:7401000000000000001'],
      ['7401000000000000102', 'urn:li:ugcPost:7401000000000000001'],
      ['7401000000000000103', 'urn:li:ugcPost:7401000000000000001'],
      ['7402000000000000201', 'urn:li:activity:7402000000000000002'],
      ['7404000000000000401', 'urn:li:ugcPost:7404000000000000004'],
    ]);
  });
});

test.describe('Ember company page, French', () => {
  test('two posts with comments open, in both Ember comment shapes: two threads', async ({ page }) => {
    await openFixture(page, urlOf('v1-company-posts-fr.html'));
    const reading = await readPageIn(page, 'linkedin', NOW);
    expect(reading.threads.map((t) => t.id)).toEqual([
      'urn:li:activity:7405000000000000005',
      'urn:li:activity:7406000000000000006',
    ]);
    const [first, second] = reading.threads as [Thread, Thread];
    expect(first.root).toMatchObject({ author: { name: 'Atelier Lune' }, time: NOW - 2 * D });
    expect(first.items.map((i) => [i.id, i.parentId, i.author.name, i.time, i.own])).toEqual([
      ['7405000000000000501', null, 'Claire Martin', NOW - 5 * H, false],
      // "• Vous": the page's own-comment marker in French; the reply is nested in its parent's article.
      ['7405000000000000502', '7405000000000000501', 'Atelier Lune', NOW - 3 * H, true],
    ]);
    expect(second.root).toMatchObject({ text: 'Nous recrutons un·e responsable de boutique.', time: NOW - W });
    expect(second.items.map((i) => [i.id, i.author.name, i.time, i.text])).toEqual([
      ['7406000000000000601', 'Hugo Bernard', NOW - 4 * D, 'Offre partagée, bonne chance !'],
    ]);
    expect(reading.marks.map((m) => m.tag)).toEqual(['ARTICLE', 'ARTICLE', 'ARTICLE']);
  });
});

test('the demo page still reads', async ({ page }) => {
  await openFixture(page, 'https://www.linkedin.com/feed/update/urn:li:activity:7265000000000000000/');
  const thread = await read(page);
  expect(thread.id).toBe('urn:li:activity:7265000000000000000');
  expect(ids(thread)).toEqual(['7265000000000000101', '7265000000000000102', '7265000000000000103']);
  expect(parents(thread)).toEqual([null, '7265000000000000101', null]);
  expect(thread.items.map((i) => i.author.name)).toEqual(['Felix Braun', 'Miriam Vogt', 'Growth Hacks GmbH']);
  expect(thread.items.map((i) => i.time)).toEqual([NOW - 3 * H, NOW - 2 * H, NOW - H]);
});

test('every selector alternative matches in at least one fixture', async ({ page }) => {
  const max = new Map<string, number>();
  const collect = async () => {
    for (const [name, alts] of Object.entries(await selectorCountsIn(page, 'linkedin'))) {
      for (const alt of alts) {
        const key = `${name}: ${alt.selector}`;
        max.set(key, Math.max(max.get(key) ?? 0, alt.count));
      }
    }
  };
  // The hand-made fixtures and the real captures (../shared/captures) together.
  for (const route of [...ROUTES, ...capturePages('linkedin')]) {
    await openFixture(page, route.url);
    await collect();
    // The states after a click are fixtures too: late replies and the post opened by navigation.
    for (const selector of ['#load-replies', '#next-post', '#open-post']) {
      if (await page.locator(selector).count()) {
        await page.locator(selector).click();
        await collect();
      }
    }
  }
  expect(max.size).toBeGreaterThan(30);
  expect([...max].filter(([, count]) => count === 0).map(([key]) => key)).toEqual([]);
});
