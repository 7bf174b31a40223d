// The page shape report leaks nothing of the page: on every real capture and every fixture page of a site, the
// report the content script answers to "page:shape" holds no word of the page's text and no attribute value, link or
// id, and every line of its tree is made of allowed parts only. It must also describe the page, or it proves nothing.
import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { ADAPTERS } from '../../lib/sites/adapters';
import type { SiteId } from '../../lib/sites/registry';
import { FIXTURE_ROUTES } from '../fixtures/routes';
import { type ExtensionBrowser, launchWithExtension } from '../harness/browser';
import { serveFixtures } from '../harness/network';
import { contentStatus } from '../harness/test';
import { capturePages } from './pages';

// One browser per worker for ~50 pages: the report is read-only, so pages cannot disturb each other.
const test = base.extend<{ page: Page; serviceWorker: Worker }, { shapeBrowser: ExtensionBrowser }>({
  shapeBrowser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const extension = await launchWithExtension({ headless: !process.env.HEADED });
      await serveFixtures(extension.context);
      await use(extension);
      await extension.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ shapeBrowser }, use) => {
    const page = await shapeBrowser.context.newPage();
    await use(page);
    await page.close();
  },
  serviceWorker: async ({ shapeBrowser }, use) => use(shapeBrowser.serviceWorker),
});

interface PageFacts {
  /** Words of the page's text (hidden text too), at least three letters. */
  words: string[];
  /** Attribute values other than role and data-testid longer than three characters, every href and every id. */
  values: string[];
  /** The same without style and class, whose words are the site's code (CSS properties, class names), not data. */
  dataValues: string[];
  /** What the report may name, read from the page independently of it: tags, roles, test ids, attribute names. */
  tags: string[];
  roles: string[];
  testIds: string[];
  attributeNames: string[];
  hasArticle: boolean;
  elements: number;
}

/** Read in the page: its words, its values, and its structural vocabulary. */
function pageFacts(): PageFacts {
  const words = new Set<string>();
  const values = new Set<string>();
  const dataValues = new Set<string>();
  const tags = new Set<string>();
  const roles = new Set<string>();
  const testIds = new Set<string>();
  const attributeNames = new Set<string>();
  const addWords = (text: string, into: Set<string>) => {
    for (const word of text.split(/[^\p{L}]+/u)) if (word.length >= 3) into.add(word);
  };
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, style, noscript, template')) continue;
    addWords(node.nodeValue ?? '', words);
  }
  addWords(document.title, words);
  addWords(location.href, words);
  values.add(location.href);
  const all = document.querySelectorAll('*');
  for (const element of all) {
    tags.add(element.localName);
    for (const { name, value } of element.attributes) {
      attributeNames.add(name);
      if (name === 'role') for (const role of value.split(/\s+/)) roles.add(role);
      if (name === 'data-testid') testIds.add(value);
      if (name === 'role' || name === 'data-testid') continue;
      if (value.length > 3 || name === 'href' || name === 'id') {
        values.add(value);
        if (name !== 'style' && name !== 'class') dataValues.add(value);
      }
    }
  }
  return {
    words: [...words],
    values: [...values].filter(Boolean),
    dataValues: [...dataValues].filter(Boolean),
    tags: [...tags],
    roles: [...roles],
    testIds: [...testIds],
    attributeNames: [...attributeNames],
    hasArticle: document.querySelector('body article') !== null,
    elements: all.length,
  };
}

/** Asks the content script in the tab showing `url` for its page shape report, as the popup does. */
function askShape(serviceWorker: Worker, url: string): Promise<string | null> {
  return serviceWorker.evaluate(async (target) => {
    const tabs = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.tabs;
    for (const tab of await tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const status = (await tabs.sendMessage(tab.id, { type: 'page:status' })) as { url?: string } | null;
        if (status?.url !== target) continue;
        const answer = (await tabs.sendMessage(tab.id, { type: 'page:shape' })) as { json: string } | null;
        return answer?.json ?? null;
      } catch {
        // No content script in this tab.
      }
    }
    return null;
  }, url);
}

/** The report's own words: its keys and markers, our selector names, sites and statuses. None comes from a page. */
function ownWords(site: SiteId): Set<string> {
  const words = new Set(
    [
      'format listen first page shape version site status extension lang elements described limits nodes depth',
      'selectors tree focus element editable href hidden role testid data aria composer comment reply post',
      'submit exclude searching recognised not unreadable facebook linkedin xing',
      ...Object.keys(ADAPTERS[site].selectors),
      ...ourSelectors(site),
    ]
      .join(' ')
      .split(/[^\p{L}]+/u),
  );
  words.delete('');
  return words;
}

/** Every selector string of the site's adapter: ours, so the words in them (test ids we look for) are ours too. */
function ourSelectors(site: SiteId): string[] {
  const { selectors, composers } = ADAPTERS[site];
  const lists = [
    ...Object.values(selectors),
    ...composers.specs.map((s) => s.editable),
    composers.submit,
    composers.exclude,
  ];
  return lists.flatMap((list) => list.map((alt) => alt.selector));
}

const lower = (words: Iterable<string>) => new Set([...words].map((w) => w.toLowerCase()));

/** A tree line: indent, tag, then only the parts page-shape.ts may write, in its order. */
const TREE_LINE =
  /^((?: {2})*)([a-z][a-z0-9-]*|element)((?: role=[A-Za-z_,?-]+)?)((?: testid=[A-Za-z_?-]+)?)((?: @[a-z_?-]+)*)( editable)?( href)?( hidden)?( ◀ focus)?( …\d+)?( ×\d+)?$/;

const pages = [
  ...capturePages().map((p) => ({ url: p.url, site: p.site, name: `capture ${p.site}/${p.capture}` })),
  ...FIXTURE_ROUTES.flatMap((r) =>
    r.site ? [{ url: r.url, site: r.site, name: `fixture ${r.file} at ${r.url}` }] : [],
  ),
].filter((p, i, all) => all.findIndex((q) => q.url === p.url) === i);

for (const { url, site, name } of pages) {
  test(`shape report of ${name} names no text, value, link or id of the page`, async ({ page, serviceWorker }) => {
    await page.goto(url);
    // After the first reading pass, so our own marks are in place as they would be when a user asks.
    await expect
      .poll(async () => (await contentStatus(serviceWorker, page.url()))?.thread.status, { timeout: 15_000 })
      .toMatch(/^(recognised|not-recognised|unreadable)$/);
    const json = await askShape(serviceWorker, page.url());
    if (!json) throw new Error('no page shape report');
    const report = JSON.parse(json) as {
      format: string;
      site: string;
      elements: number;
      described: number;
      selectors: Record<string, number[]>;
      tree: string[];
    };
    const facts = await page.evaluate(pageFacts);

    // Not vacuous: a real outline of this page, with our selectors counted.
    expect(report).toMatchObject({ format: 'listen-first/page-shape', site });
    expect(report.described).toBeGreaterThan(Math.min(20, facts.elements / 3));
    expect(report.tree.length).toBeGreaterThan(5);
    if (facts.hasArticle) expect(report.tree.some((line) => /^\s*article\b/.test(line))).toBe(true);
    expect(Object.keys(report.selectors)).toEqual(expect.arrayContaining(Object.keys(ADAPTERS[site].selectors)));

    // Every tree line is made of allowed parts, and each part is a tag, role, test id or attribute name of the page.
    const tags = new Set([...facts.tags, 'element']);
    const roles = new Set([...facts.roles, '?']);
    const testIds = new Set([...facts.testIds, '?']);
    const names = new Set(facts.attributeNames);
    for (const line of report.tree) {
      const match = TREE_LINE.exec(line);
      expect(match, `tree line "${line}"`).not.toBeNull();
      const [, , tag = '', role = '', testId = '', attributes = ''] = match ?? [];
      expect(tags.has(tag), `tag in "${line}"`).toBe(true);
      for (const r of role.replace(' role=', '').split(','))
        if (r) expect(roles.has(r), `"${r}" in "${line}"`).toBe(true);
      if (testId) expect(testIds.has(testId.replace(' testid=', '')), `test id in "${line}"`).toBe(true);
      for (const name of attributes.split(' @').slice(1))
        if (!name.endsWith('?')) expect(names.has(name), `"${name}" in "${line}"`).toBe(true);
    }
    // Test ids are the page's and may carry data, so their words are excused only where our own selectors name them.
    // A one-part test id ("like", "bookmark") is kept by design as a site constant, even where a label says "Like".
    const constants = facts.testIds.filter((id) => /^[A-Za-z]+$/.test(id));
    const structure = [...tags, ...roles, ...names, ...constants].flatMap((part) => part.split(/[^\p{L}]+/u));
    const allowed = lower([...structure, ...ownWords(site)]);

    // No word of the page's text, values, links or ids, unless it is also a tag, role, test id or attribute name
    // of the page (which the report may name) or a word of the report's own.
    const reportWords = lower(json.split(/[^\p{L}]+/u));
    const leaked = [...lower(facts.words)].filter((word) => reportWords.has(word) && !allowed.has(word));
    expect(leaked, 'words of the page in the report').toEqual([]);
    const leakedValues = facts.values.filter((value) => {
      if (/^[\p{L}_-]+$/u.test(value)) return reportWords.has(value.toLowerCase()) && !allowed.has(value.toLowerCase());
      // Short numbers could equal a count of the report by chance; ids and longer values cannot.
      if (value.length <= 3 || /^\d{1,5}$/.test(value)) return false;
      return json.includes(value) || json.includes(JSON.stringify(value).slice(1, -1));
    });
    expect(leakedValues, 'attribute values, links or ids of the page in the report').toEqual([]);
    const valueWords = facts.dataValues.flatMap((value) => value.split(/[^\p{L}]+/u)).filter((w) => w.length >= 3);
    const leakedValueWords = [...lower(valueWords)].filter((word) => reportWords.has(word) && !allowed.has(word));
    expect(leakedValueWords, 'words of attribute values in the report').toEqual([]);
  });
}
