// Draft-check benchmark in real Chromium on the Lexical (Facebook) and TipTap (LinkedIn) composer fixtures: time
// from a keystroke to the updated badge, and the time the extension adds to the handling of each keystroke.
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumExecutable, type ExtensionBrowser, launchWithExtension } from '../../e2e/harness/browser';
import { exposeUi } from '../../e2e/harness/closed-ui';
import { serveFixtures } from '../../e2e/harness/network';
import { figure, slug } from './figures';
import type { Timing } from './stats';

interface Site {
  name: string;
  url: string;
  /** The composer typed into: its editable, inside the fixture's wrapper. */
  editable: string;
}

const box = (name: string, field = '[contenteditable="true"]') => `[data-fixture-composer="${name}"] ${field}`;

const SITES: Site[] = [
  {
    name: 'facebook (Lexical)',
    url: 'https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0composer1',
    editable: box('comment'),
  },
  { name: 'x (Draft.js)', url: 'https://x.com/greenline_demo/status/1990721642296246560', editable: box('inline') },
  {
    name: 'linkedin (TipTap)',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7275000000000000000/',
    editable: box('comment'),
  },
  {
    name: 'linkedin (Quill)',
    url: 'https://www.linkedin.com/posts/oliver-price-demo_delivery-activity-7276000000000000000-XyZa/',
    editable: box('comment'),
  },
  {
    name: 'xing (textarea)',
    url: 'https://www.xing.com/discover/updates?lf-fixture=composer',
    editable: box('comment', 'textarea'),
  },
];
const LENGTHS = [280, 2000];
const BADGE_KEYS = 60;
const INPUT_KEYS = 200;
const WARMUP_KEYS = 6;
/** A badge that has not changed after this long is counted as a miss, so the bench never hangs. */
const BADGE_TIMEOUT_MS = 1000;

const SENTENCES = [
  'Frisch aus dem Ofen: unsere neuen Dinkelbrötchen sind da!',
  'Ab Dezember öffnen wir samstags schon um 6 Uhr, was haltet ihr davon?',
  'Nur diese Woche 20 % Rabatt auf alle Torten mit dem Code TORTE20.',
  'Danke für euer Feedback zur Reklamation, wir kümmern uns heute noch darum.',
  'Jetzt bestellen und am Wochenende abholen, solange der Vorrat reicht!',
  'Folgt uns auch auf Instagram für mehr Rezepte und Aktionen.',
  'Unser Sauerteigbrot ruht 24 Stunden, das schmeckt man einfach.',
  'Wir freuen uns auf euren Besuch in der Bäckerei Morgenrot.',
];
// Every draft ends in "Jetzt kaufe": one more "n" makes the call to action "Jetzt kaufen" (one finding more),
// Backspace breaks it again (one fewer), so every measured keystroke changes the badge's count.
const STEM_END = ' Jetzt kaufe';

/** German social text with promotion in it, filled word by word up to `length` characters, ending in the stem. */
function draftOf(length: number): string {
  const words = SENTENCES.join(' ').split(' ');
  let body = '';
  // Words that no longer fit are skipped; once none of them fits, the draft is as long as it gets.
  for (let i = 0, skipped = 0; skipped < words.length; i++) {
    const word = words[i % words.length] ?? '';
    const next = body ? `${body} ${word}` : word;
    if (next.length + STEM_END.length <= length) {
      body = next;
      skipped = 0;
    } else skipped++;
  }
  return body + STEM_END;
}

function summary(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const runs = sorted.length;
  return {
    median: sorted[Math.floor(runs / 2)] ?? Number.NaN,
    p95: sorted[Math.floor(runs * 0.95)] ?? Number.NaN,
    runs,
  };
}

const ms2 = (x: number) => `${x.toFixed(2).padStart(7)} ms`;

/** Verdict and count of the badge in the content script's closed shadow root (exposed by openDraft), or null. */
const badgeState = (page: Page) =>
  page.evaluate(() => {
    const roots = (window as unknown as { __listenFirstTestRoots?: Set<ShadowRoot> }).__listenFirstTestRoots ?? [];
    const badge = [...roots].map((r) => r.querySelector('[data-lf-draft-badge]')).find(Boolean);
    return badge ? `${badge.getAttribute('data-lf-verdict')} ${badge.getAttribute('data-lf-count')}` : null;
  });

/** Waits until the badge shows and stays the same for half a second (history facts can re-check the draft). */
async function settledBadge(page: Page): Promise<string | null> {
  let last: string | null = null;
  for (let still = 0, polls = 0; still < 5 && polls < 150; polls++) {
    const state = await badgeState(page);
    still = state !== null && state === last ? still + 1 : 0;
    last = state;
    await page.waitForTimeout(100);
  }
  return last;
}

/** Lets the frames after a keystroke run (analysis, then the badge's paint), so the next key starts from idle. */
const idle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))),
      ),
  );

/**
 * Opens the fixture, clicks into its comment box (the extension attaches on focus) and inserts the draft at once.
 * Our UI's root is closed to the page; the bench reaches it over the DevTools protocol (e2e/harness/closed-ui.ts).
 */
async function openDraft(page: Page, site: Site, draft: string): Promise<void> {
  await page.goto(site.url);
  const editable = page.locator(site.editable).first();
  await editable.click();
  await page.keyboard.insertText(draft);
  for (let tries = 0; (await exposeUi(page)) === 0 && tries < 50; tries++) await page.waitForTimeout(100);
}

// ---- 1. keystroke to badge --------------------------------------------------------------------------------------

interface BadgeFigures {
  timing: Timing;
  /** Keystroke to the frame that shows it: the floor for anything drawn in a frame. */
  floor: Timing;
  /** Keystrokes whose badge changed before the frame after the one that shows them. */
  sameFrame: number;
  misses: number;
  /** Measured keystrokes whose count did not move by one in the expected direction. */
  wrong: number;
  before: string | null;
}

/**
 * The probe, armed before each key in the page's main world: the clock starts in a capture-phase keydown listener
 * on window and stops in a MutationObserver callback once the badge's count or verdict differs from before. The
 * same keydown listener asks for the next two animation frames: the first is the frame that shows the keystroke
 * (its time is the floor no check drawn in a frame can beat), and a badge that changed before the second one was
 * on screen in the same frame as the keystroke. Arming returns the key that changes the count from the editor's
 * current text: "n" completes "Jetzt kaufen", Backspace breaks it. A string, as in threads.ts: tsx's helper for
 * function names does not exist in the page.
 */
const BADGE_PROBE = `
  window.__lfArmBadge = (selector, timeout) => {
    const badge = [...(window.__listenFirstTestRoots ?? [])].map((r) => r.querySelector('[data-lf-draft-badge]')).find(Boolean);
    const field = document.querySelector(selector);
    const text = (field instanceof HTMLTextAreaElement ? field.value : field?.textContent) ?? '';
    const state = () => badge.getAttribute('data-lf-verdict') + ' ' + badge.getAttribute('data-lf-count');
    window.__lfBadgeProbe = new Promise((resolve) => {
      if (!badge) return resolve(null);
      const before = Number(badge.getAttribute('data-lf-count'));
      const initial = state();
      let start = NaN, frame = NaN, nextFrame = NaN, at = NaN;
      const onKey = () => {
        start = performance.now();
        requestAnimationFrame(() => {
          frame = performance.now();
          requestAnimationFrame(() => { nextFrame = performance.now(); settle(); });
        });
      };
      const finish = (result) => {
        observer.disconnect();
        clearTimeout(timer);
        window.removeEventListener('keydown', onKey, true);
        resolve(result);
      };
      const settle = () => {
        if (Number.isNaN(at) || Number.isNaN(nextFrame)) return;
        const after = Number(badge.getAttribute('data-lf-count'));
        finish({ ms: at - start, floor: frame - start, sameFrame: at < nextFrame, before, after });
      };
      // React may also touch the badge's position or label; the update is the moment count or verdict changed.
      const observer = new MutationObserver(() => {
        if (Number.isNaN(at) && state() !== initial) { at = performance.now(); settle(); }
      });
      const timer = setTimeout(() => finish(null), timeout);
      window.addEventListener('keydown', onKey, true);
      observer.observe(badge, {
        attributes: true,
        attributeFilter: ['data-lf-count', 'data-lf-verdict'],
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    return /kaufen\\s*$/.test(text) ? 'Backspace' : 'n';
  };
`;

interface ProbeResult {
  ms: number;
  floor: number;
  sameFrame: boolean;
  before: number;
  after: number;
}

interface ProbeWindow {
  __lfArmBadge: (selector: string, timeout: number) => string;
  __lfBadgeProbe: Promise<ProbeResult | null>;
}

async function keystrokeToBadge(page: Page, site: Site, length: number): Promise<BadgeFigures> {
  await page.addInitScript(BADGE_PROBE);
  await openDraft(page, site, draftOf(length));
  const before = await settledBadge(page);
  const samples: number[] = [];
  const floors: number[] = [];
  let sameFrame = 0;
  let misses = 0;
  let wrong = 0;
  for (let i = 0; i < WARMUP_KEYS + BADGE_KEYS; i++) {
    const key = await page.evaluate(
      ([selector, timeout]) => (window as unknown as ProbeWindow).__lfArmBadge(selector, timeout),
      [site.editable, BADGE_TIMEOUT_MS] as const,
    );
    await page.keyboard.press(key);
    const result = await page.evaluate(() => (window as unknown as ProbeWindow).__lfBadgeProbe);
    await idle(page);
    if (i < WARMUP_KEYS) continue;
    if (!result) misses++;
    else {
      samples.push(result.ms);
      floors.push(result.floor);
      if (result.sameFrame) sameFrame++;
      if (result.after - result.before !== (key === 'n' ? 1 : -1)) wrong++;
    }
  }
  return { timing: summary(samples), floor: summary(floors), sameFrame, misses, wrong, before };
}

// ---- 2. time added to each keystroke ----------------------------------------------------------------------------

// Registered at document start, so this capture listener on window runs before any listener of the page or of the
// content script (which starts at document_idle): the clock starts before anyone has handled the key.
const KEY_CLOCK = `
  window.__lfKeys = { start: NaN, samples: [], keys: 0 };
  window.addEventListener('keydown', () => { window.__lfKeys.start = performance.now(); window.__lfKeys.keys++; }, true);
`;

/**
 * Added once the page and the extension are set up, so it is the last capture listener of the input event on
 * window (a bubbling one would miss Lexical, which stops the input event at its root), and a microtask after it
 * for whatever the handlers before it queued. What lies between the two clocks is the synchronous handling of one
 * key: keydown, keypress, beforeinput, the editor's edit and the extension's input listener, in every world.
 * An editor that handles a key without any input event (none of the typed keys here) gives no sample.
 */
function stopClockAtInput(): void {
  const keys = (window as unknown as { __lfKeys: { start: number; samples: number[] } }).__lfKeys;
  window.addEventListener(
    'input',
    () => {
      const start = keys.start;
      keys.start = Number.NaN;
      queueMicrotask(() => {
        if (!Number.isNaN(start)) keys.samples.push(performance.now() - start);
      });
    },
    true,
  );
}

const TYPED = 'und noch ein paar Worte dazu ';

/** Types INPUT_KEYS keys at a human pace into the draft and returns each key's handling time. */
async function inputTimes(page: Page, site: Site, length: number): Promise<{ timing: Timing; keys: number }> {
  await openDraft(page, site, draftOf(length));
  await settledBadge(page);
  await page.evaluate(stopClockAtInput);
  await idle(page);
  for (let i = 0; i < WARMUP_KEYS + INPUT_KEYS; i++) {
    if (i === WARMUP_KEYS) {
      await page.evaluate(() => {
        const keys = (window as unknown as { __lfKeys: { samples: number[]; keys: number } }).__lfKeys;
        keys.samples.length = 0;
        keys.keys = 0;
      });
    }
    await page.keyboard.press(TYPED[i % TYPED.length] ?? 'a');
    await idle(page);
  }
  const { samples, keys } = await page.evaluate(
    () => (window as unknown as { __lfKeys: { samples: number[]; keys: number } }).__lfKeys,
  );
  return { timing: summary(samples), keys };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { type?: string; url?: string } };
}

const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input']);

/**
 * The content script's own time per key, read from a Chromium trace: the durations of the outermost function calls
 * from chrome-extension:// scripts, summed per keystroke (from its keydown to the next one). `inEvents` counts the
 * calls inside the key and input event dispatches, which delay the site's own handling of the key; `total` adds
 * what follows (mutation observers, the frame callback that analyses the draft and draws the badge). Direct, and
 * free of the noise two browsers add to a difference, but tracing itself slows every call a little.
 */
async function extensionTimes(page: Page, site: Site, length: number): Promise<{ inEvents: Timing; total: Timing }> {
  await openDraft(page, site, draftOf(length));
  await settledBadge(page);
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  for (let i = 0; i < WARMUP_KEYS + INPUT_KEYS; i++) {
    await page.keyboard.press(TYPED[i % TYPED.length] ?? 'a');
    await idle(page);
  }
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();

  const spans = events.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const inEvents: number[] = [];
  const total: number[] = [];
  let dispatchEnd = -1;
  let callEnd = -1;
  for (const e of spans) {
    const data = e.args?.data;
    if (e.name === 'EventDispatch' && KEY_EVENTS.has(data?.type ?? '')) {
      if (data?.type === 'keydown') {
        inEvents.push(0);
        total.push(0);
      }
      dispatchEnd = Math.max(dispatchEnd, e.ts + (e.dur ?? 0));
    } else if (
      e.name === 'FunctionCall' &&
      e.ts >= callEnd &&
      data?.url?.startsWith('chrome-extension://') &&
      total.length
    ) {
      // Outermost calls only: a call nested in one already counted is part of its duration.
      const ms = (e.dur ?? 0) / 1000;
      const last = total.length - 1;
      total[last] = (total[last] ?? 0) + ms;
      if (e.ts < dispatchEnd) inEvents[last] = (inEvents[last] ?? 0) + ms;
      callEnd = e.ts + (e.dur ?? 0);
    }
  }
  return { inEvents: summary(inEvents.slice(WARMUP_KEYS)), total: summary(total.slice(WARMUP_KEYS)) };
}

async function plainBrowser(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  await serveFixtures(context);
  return { browser, context };
}

/** `part`: 'badge' or 'input' runs one of the two measurements; no part runs both. */
export async function runDraftBench(part?: string): Promise<void> {
  const drafts = LENGTHS.map((length) => ({ length, chars: draftOf(length).length }));
  const extension = await launchWithExtension({ headless: true });
  const plain = await plainBrowser();
  try {
    await serveFixtures(extension.context);
    if (part !== 'input') await badgeBench(extension, drafts);
    if (part !== 'badge') await inputBench(extension, plain, drafts);
  } finally {
    await extension.close();
    await plain.browser.close();
  }
}

type Drafts = { length: number; chars: number }[];

async function badgeBench(extension: ExtensionBrowser, drafts: Drafts): Promise<void> {
  console.log(
    `\n== Draft check in Chromium with the built extension: keystroke to updated badge, ${BADGE_KEYS} keys alternating "n" / Backspace (target: p95 under one frame, 16 ms). "frame": keystroke to the frame that shows it, the floor for anything drawn in a frame; "same frame": badges that changed in that frame`,
  );
  console.log(
    `${'page'.padEnd(20)} ${'draft'.padStart(8)} ${'median'.padStart(10)} ${'p95'.padStart(10)} ${'frame med'.padStart(10)} ${'frame p95'.padStart(10)} ${'same frame'.padStart(10)}  misses  badge before`,
  );
  for (const site of SITES) {
    for (const { length, chars } of drafts) {
      const page = await extension.context.newPage();
      const f = await keystrokeToBadge(page, site, length);
      await page.close();
      const key = (what: string) => `draft.${what}.${slug(site.name)}.${length}`;
      figure('draft', key('badge.p95'), f.timing.p95, 'ms', 16);
      figure('draft', key('badge.median'), f.timing.median, 'ms');
      figure('draft', key('badge.frame_p95'), f.floor.p95, 'ms');
      figure('draft', key('badge.misses'), f.misses, 'count');
      const notes = f.wrong ? `  (${f.wrong} changed the count by other than one)` : '';
      console.log(
        `${site.name.padEnd(20)} ${`${chars} ch`.padStart(8)} ${ms2(f.timing.median)} ${ms2(f.timing.p95)} ${ms2(f.floor.median)} ${ms2(f.floor.p95)} ${`${f.sameFrame}/${f.timing.runs}`.padStart(10)}  ${`${f.misses}/${BADGE_KEYS}`.padStart(6)}  ${f.before ?? 'no badge'}${notes}`,
      );
    }
  }
}

async function inputBench(
  extension: ExtensionBrowser,
  plain: { context: BrowserContext },
  drafts: Drafts,
): Promise<void> {
  console.log(
    `\n== Time the extension adds to each keystroke, ${INPUT_KEYS} keys: window keydown (capture, first) to the input event (capture, last), with and without the extension; trace: the content script's own calls inside the key events, and in all per key (with the frame callback that checks the draft)`,
  );
  console.log(
    `${'page'.padEnd(20)} ${'draft'.padStart(8)} ${'with med'.padStart(10)} ${'without'.padStart(10)} ${'added med'.padStart(10)} ${'added p95'.padStart(10)} ${'events med'.padStart(10)} ${'events p95'.padStart(10)} ${'all med'.padStart(10)} ${'all p95'.padStart(10)}`,
  );
  for (const site of SITES) {
    for (const { length, chars } of drafts) {
      const withPage = await extension.context.newPage();
      await withPage.addInitScript(KEY_CLOCK);
      const withExt = await inputTimes(withPage, site, length);
      await withPage.close();
      const plainPage = await plain.context.newPage();
      await plainPage.addInitScript(KEY_CLOCK);
      const without = await inputTimes(plainPage, site, length);
      await plainPage.close();
      const tracePage = await extension.context.newPage();
      const trace = await extensionTimes(tracePage, site, length);
      await tracePage.close();
      const key = (what: string) => `draft.${what}.${slug(site.name)}.${length}`;
      figure('draft', key('input.added_median'), withExt.timing.median - without.timing.median, 'ms');
      figure('draft', key('input.added_p95'), withExt.timing.p95 - without.timing.p95, 'ms');
      figure('draft', key('input.events_p95'), trace.inEvents.p95, 'ms');
      figure('draft', key('input.all_p95'), trace.total.p95, 'ms');
      const lost = withExt.timing.runs < INPUT_KEYS || without.timing.runs < INPUT_KEYS;
      console.log(
        `${site.name.padEnd(20)} ${`${chars} ch`.padStart(8)} ${ms2(withExt.timing.median)} ${ms2(without.timing.median)} ${ms2(withExt.timing.median - without.timing.median)} ${ms2(withExt.timing.p95 - without.timing.p95)} ${ms2(trace.inEvents.median)} ${ms2(trace.inEvents.p95)} ${ms2(trace.total.median)} ${ms2(trace.total.p95)}${lost ? `  (input events: ${withExt.timing.runs} with, ${without.timing.runs} without)` : ''}`,
      );
    }
  }
}
