// The page is an adversary (issue 12): on each site's composer page a main-world script attacks as a site's own or an
// injected script could. It replays WXT's announcement, forges sends, types probe texts that do and do not touch the
// user's private data (brand, always-flag phrases, watchlist, posts on this and another site), reads everything a page
// can read after each, and puts the composer into a modal dialog. The page must learn nothing (its observations are
// the same for a hit and for its control, while our closed UI shows the difference), and the guard still stops a
// promotional draft the user writes. Our closed root is read here over the DevTools protocol only (inUi), never
// exposed to the page.
import type { Page, Worker } from '@playwright/test';
import { GUARD_CASES, type GuardCase } from './guard/cases';
import { editable, posts, submit, wrapper } from './guard/helpers';
import { inUi } from './harness/closed-ui';
import { contentStatus, expect, test, uiHost } from './harness/test';
import { type Attacker, installAttacker, type Observation } from './hostile/attacker';

test.use({ exposeUi: false });

const CASES = ['facebook', 'x', 'linkedin v2', 'xing (contenteditable)'].map((prefix) => {
  const found = GUARD_CASES.find((c) => c.name.startsWith(prefix));
  if (!found) throw new Error(`no guard case ${prefix}`);
  return found;
});

const BRAND = ['Radwerk', '@radwerk_team', 'radwerk-shop.de'];
const ALWAYS_FLAG = ['Geheimprojekt', 'Sonderaktion Nordlicht'];
const WATCHLIST = ['Zapfwelle', 'Kettenschloss'];
const OWN_HANDLES = ['@carla_privat'];
/** Posted by the user on another site: it must never be compared with a draft here. */
const OTHER_SITE_POST = 'Unser Herbstcamp in Leipzig ist ausgebucht, danke an alle für die vielen Anmeldungen!';
/** Posted by the user on this site: a repeat is flagged, but only inside our closed UI. */
const SAME_SITE_POST = 'Wir melden uns heute noch per Nachricht bei euch, versprochen, das Team kümmert sich darum.';
/** Private strings the page never types: none may appear anywhere it can read. */
const NEVER_TYPED = [
  '@radwerk_team',
  'radwerk-shop.de',
  'Sonderaktion Nordlicht',
  'Kettenschloss',
  '@carla_privat',
  'Herbstcamp',
];

/** Pairs of drafts: the first touches private data, the second is its public twin. */
const DRAFT_PROBES: { name: string; hit: string; control: string; rule: string }[] = [
  {
    name: 'brand',
    hit: 'Ich kann Radwerk nur empfehlen, der Service ist super!',
    control: 'Ich kann Radhalle nur empfehlen, der Service ist super!',
    rule: 'undisclosed-affiliation',
  },
  {
    name: 'always-flag phrase',
    hit: 'Das Geheimprojekt startet nächste Woche, bleibt dran.',
    control: 'Das Gemeinschaftsfest startet nächste Woche, bleibt dran.',
    rule: 'always-flag',
  },
  {
    name: 'own post on this site',
    hit: SAME_SITE_POST,
    control: 'Wir melden uns morgen früh per Anruf bei euch, ehrlich, die Leitung kümmert sich darum.',
    rule: 'copy-paste',
  },
];
const PROMO = 'Jetzt kaufen und 20 % sparen mit dem Code SOMMER20! Link in Bio.';

const attacker = <T>(page: Page, fn: (a: Attacker, arg: never) => T, arg?: unknown) =>
  page.evaluate(
    ([source, value]) => {
      const a = (window as unknown as { __attacker: Attacker }).__attacker;
      return new Function('a', 'arg', `return (${source})(a, arg);`)(a, value) as T;
    },
    [fn.toString(), arg] as const,
  );

/** The user's private settings and history, written where the extension keeps them. */
async function seedPrivateData(serviceWorker: Worker, site: string, otherSite: string, threadUrl: string) {
  // The background creates the history database as it starts; rows go in once it is there at its own version.
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () =>
        (await indexedDB.databases()).some((d) => d.name === 'listen-first' && (d.version ?? 0) > 1),
      ),
    )
    .toBe(true);
  await serviceWorker.evaluate(
    async ({ settings, drafts }) => {
      const g = globalThis as unknown as {
        chrome: { storage: { sync: { set(v: object): Promise<void> } } };
      };
      await g.chrome.storage.sync.set({ settings, settings$: { v: 2 } });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('listen-first');
        // Before the background made it, an open would create an empty database that blocks the background's own.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('drafts', 'readwrite');
        for (const draft of drafts) tx.objectStore('drafts').add(draft);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    {
      settings: { brand: BRAND, alwaysFlag: ALWAYS_FLAG, watchlist: WATCHLIST, ownHandles: OWN_HANDLES },
      drafts: [
        draftRow(otherSite, OTHER_SITE_POST, otherSiteUrl(otherSite)),
        draftRow(site, SAME_SITE_POST, threadUrl),
      ],
    },
  );
}

function draftRow(site: string, text: string, url: string) {
  return {
    at: Date.now() - 60 * 60 * 1000,
    site,
    threadKey: null,
    url,
    composer: 'comment',
    outcome: 'clean',
    verdict: 'ok',
    findings: [],
    text,
    chars: text.length,
    lang: 'de',
    words: [],
  };
}

const otherSiteUrl = (site: string) =>
  site === 'linkedin' ? 'https://www.linkedin.com/feed/update/urn:li:activity:1/' : 'https://www.facebook.com/p/1';
const siteOf = (c: GuardCase) => c.name.split(' ')[0] as string;

/** Our draft badge of the main composer, as our closed UI shows it (read over the protocol). */
async function ourBadge(page: Page) {
  const [badges] = await inUi(page, (root) =>
    [...root.querySelectorAll('[data-lf-draft-badge]')].map((b) => ({
      count: b.getAttribute('data-lf-count'),
      verdict: b.getAttribute('data-lf-verdict'),
    })),
  );
  return badges ?? [];
}

/** Our badges' verdict and count, the part of our private view a probe changes. */
const ourVerdicts = async (page: Page) => (await ourBadge(page)).map((b) => `${b.verdict}:${b.count}`);

for (const c of CASES) {
  const site = siteOf(c);
  const otherSite = site === 'linkedin' ? 'facebook' : 'linkedin';

  const composer = `[data-fixture-composer="${c.main}"]`;

  test.describe(`${c.name} under a hostile page script`, () => {
    test.beforeEach(async ({ page, serviceWorker, extension }) => {
      await seedPrivateData(serviceWorker, site, otherSite, c.url);
      await page.addInitScript(installAttacker);
      await page.addInitScript((id) => {
        (window as unknown as { __attacker: Attacker }).__attacker.listenForWxt(id);
      }, extension.extensionId);
      await page.goto(c.url);
      await expect(uiHost(page)).toHaveCount(1);
      await expect.poll(async () => (await contentStatus(serviceWorker, c.url))?.thread.status).toBe('recognised');
      // The page's editors mount from their own bundles, after load.
      await expect(editable(page, c.main)).toBeVisible();
    });

    test('learns nothing private from probe drafts or comments', async ({ page }) => {
      for (const probe of DRAFT_PROBES) {
        const seen: Observation[] = [];
        const ours: string[][] = [];
        for (const text of [probe.hit, probe.control]) {
          await attacker(
            page,
            (a, arg: { wrapper: string; text: string }) => a.write(a.editorIn(arg.wrapper), arg.text),
            {
              wrapper: composer,
              text,
            },
          );
          // Our analysis, the history's answer for copy-paste (after a 300 ms pause) and a paint.
          await page.waitForTimeout(900);
          ours.push(await ourVerdicts(page));
          seen.push(await attacker(page, (a) => a.observe()));
        }
        // Our closed UI tells the two apart; the page cannot.
        expect(ours[0], `${probe.name}: our badge differs`).not.toEqual(ours[1]);
        expect(seen[0], `${probe.name}: what the page sees`).toEqual(seen[1]);
      }

      // A comment the page edits to mention a watched word: our badge shows it, the page sees the same either way.
      // A comment without replies nested in it (on Facebook a reply sits inside its parent's element).
      const item = page.locator('[data-lf-id]:not(:has([data-lf-id]))').first();
      const id = (await item.getAttribute('data-lf-id')) as string;
      const comment = async (text: string) => {
        await item.evaluate((el, t) => {
          (window as unknown as { __attacker: Attacker }).__attacker.editComment(el, t);
        }, text);
        await page.waitForTimeout(600);
        const [flags] = await inUi(
          page,
          new Function(
            'root',
            `return root.querySelector('[data-lf-badge="${CSS_ESCAPE(id)}"]')?.getAttribute('data-flags') ?? '';`,
          ) as (root: ShadowRoot) => string,
        );
        return { flags, seen: await attacker(page, (a) => a.observe()) };
      };
      const hit = await comment('Wann kommt endlich die Zapfwelle zurück ins Sortiment?');
      const control = await comment('Wann kommt endlich die Zapfrolle zurück ins Sortiment?');
      expect(hit.flags).toContain('watchlist');
      expect(control.flags).not.toContain('watchlist');
      expect(hit.seen).toEqual(control.seen);

      // Nothing the page can read anywhere holds a private string it did not type itself.
      for (const needle of NEVER_TYPED) expect(await attacker(page, (a, n: string) => a.find(n), needle)).toEqual([]);
      const seen = await attacker(page, (a) => a.observe());
      expect(seen.host).toMatchObject({ shadowRoot: null, attributes: [] });
      expect(seen.highlights).toEqual([]);
      expect(seen.adoptedSheets).toEqual([]);
      expect(seen.titles.filter((t) => /listen first/i.test(t))).toEqual([]);
      // Only id and tone on the site's own elements.
      expect(new Set(seen.attributes.map((a) => /\[(data-lf-[\w-]+)=/.exec(a)?.[1]))).toEqual(
        new Set(['data-lf-id', 'data-lf-tone']),
      );
      // A post of the user's on another site is never compared with a draft here: our badge stays as for any text.
      await attacker(page, (a, arg: { wrapper: string; text: string }) => a.write(a.editorIn(arg.wrapper), arg.text), {
        wrapper: composer,
        text: OTHER_SITE_POST,
      });
      await page.waitForTimeout(900);
      expect(await ourBadge(page)).toEqual([{ count: '0', verdict: 'ok' }]);
    });

    test('cannot switch the guard off with WXT messages or forged events', async ({ page, extension }) => {
      // WXT's postMessage announcement is off: the page never saw one.
      const announced = await attacker(page, (a) => a.log.announcements);
      expect(announced.filter((a) => a.startsWith('message:'))).toEqual([]);
      // The page replays the announcement (postMessage and the DOM event) for every content script name.
      await attacker(page, (a, id: string) => a.replayWxt(id), extension.extensionId);

      // Forged sends of drafts the page wrote, promotional and clean: whatever the page's own editor does with
      // them, our guard does the same for both (no verdict to learn) and shows no card.
      const before = (await posts(page)).length;
      const forge = async (text: string) => {
        await attacker(
          page,
          async (a, arg: { button: string; ctrl: boolean; text: string; wrapper: string }) => {
            await a.write(a.editorIn(arg.wrapper), arg.text);
            a.log.forged.length = 0;
            const el = a.editorIn(arg.wrapper);
            const scope = [...document.querySelectorAll(arg.wrapper)].at(-1);
            a.forgeSend(el, (scope?.querySelector(arg.button) as HTMLElement | null) ?? null, { ctrl: arg.ctrl });
          },
          { button: c.button, ctrl: c.key === 'Control+Enter', text, wrapper: composer },
        );
        await page.waitForTimeout(300);
        expect(await inUi(page, (root) => root.querySelectorAll('[data-lf-guard-card]').length)).toEqual([0]);
        return attacker(page, (a) => a.log.forged.map((f) => ({ ...f })));
      };
      const promo = await forge(PROMO);
      const clean = await forge('Danke für den Hinweis, wir schauen uns das heute noch an.');
      expect(promo.length).toBeGreaterThan(0);
      expect(promo.every((f) => f.reachedPage)).toBe(true);
      expect(promo).toEqual(clean);

      // The user's own promotional draft is still stopped, with the card on screen.
      await clearDraft(page, c);
      const sent = (await posts(page)).length;
      expect(sent).toBeGreaterThanOrEqual(before);
      await editable(page, c.main).click();
      await page.keyboard.type(PROMO);
      await expect.poll(async () => (await ourBadge(page)).some((b) => b.verdict === 'warn')).toBe(true);
      await submit(page, c, c.main, c.key ? 'key' : 'button');
      await expect.poll(() => cardOnTop(page)).toBe(true);
      expect((await posts(page)).length).toBe(sent);
    });

    test('the card shows above the page’s own modal dialog and takes the click', async ({ page }) => {
      await attacker(
        page,
        (a, selector: string) => a.intoModal(document.querySelector(selector) as Element),
        `[data-fixture-composer="${c.main}"]`,
      );
      await expect(wrapper(page, c.main)).toBeVisible();
      await editable(page, c.main).click();
      await page.keyboard.type(PROMO);
      await expect.poll(async () => (await ourBadge(page)).some((b) => b.verdict === 'warn')).toBe(true);
      const sent = (await posts(page)).length;
      await submit(page, c, c.main, c.key ? 'key' : 'button');
      await expect.poll(() => cardOnTop(page)).toBe(true);
      // The page's own hit test finds our layer on top where the card is.
      const [edit] = await inUi(page, (root) => {
        const r = root.querySelector('[data-lf-guard-edit]')?.getBoundingClientRect();
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      });
      expect(edit).not.toBeNull();
      const { x, y } = edit as { x: number; y: number };
      expect(await page.evaluate((p) => document.elementFromPoint(p.x, p.y)?.localName, { x, y })).toBe(
        'listen-first-ui',
      );
      // A real click on "Edit" reaches our card (not the page's inert dialog), and the draft is back in the editor.
      await page.mouse.click(x, y);
      await expect
        .poll(async () => (await inUi(page, (r) => r.querySelectorAll('[data-lf-guard-card]').length))[0])
        .toBe(0);
      await expect(editable(page, c.main)).toBeFocused();
      expect((await posts(page)).length).toBe(sent);
    });
  });
}

/** Whether our card is open as a modal dialog and each of its actions is what a click at its centre lands on. */
function cardOnTop(page: Page): Promise<boolean> {
  return inUi(page, (root) => {
    const card = root.querySelector('[data-lf-guard-card]') as HTMLDialogElement | null;
    if (!card?.open || !card.matches(':modal')) return false;
    return [...card.querySelectorAll('[data-lf-guard-edit], [data-lf-guard-post]')].every((button) => {
      const r = button.getBoundingClientRect();
      const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return r.width > 0 && hit !== null && button.contains(hit);
    });
  }).then((all) => all[0] === true);
}

async function clearDraft(page: Page, c: GuardCase): Promise<void> {
  await editable(page, c.main).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
}

function CSS_ESCAPE(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
