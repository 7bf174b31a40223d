// Draft-check benchmark in real Chromium on the Lexical (Facebook) and TipTap (LinkedIn) composer fixtures: time
// from a keystroke to the updated badge, and the time the extension adds to the handling of each keystroke.
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumExecutable, launchWithExtension } from '../../e2e/harness/browser';
import { serveFixtures } from '../../e2e/harness/network';
import type { Timing } from './stats';

interface Site {
  name: string;
  url: string;
}

const SITES: Site[] = [
  { name: 'facebook (Lexical)', url: 'https://www.facebook.com/BaeckereiMorgenrot/posts/pfbid0composer1' },
  { name: 'linkedin (TipTap)', url: 'https://www.linkedin.com/feed/update/urn:li:activity:7275000000000000000/' },
];
const EDITABLE = '[data-fixture-composer="comment"] [contenteditable="true"]';
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

/** Verdict and count of the badge in the content script's open shadow root, or null while there is none. */
const badgeState = (page: Page) =>
  page.evaluate(() => {
    const badge = document.querySelector('listen-first-composer')?.shadowRoot?.querySelector('[data-lf-draft-badge]');
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

/** Opens the fixture, clicks into its comment box (the extension attaches on focus) and inserts the draft at once. */
async function openDraft(page: Page, site: Site, draft: string): Promise<void> {
  await page.goto(site.url);
  const editable = page.locator(EDITABLE).first();
  await editable.click();
  await page.keyboard.insertText(draft);
}

// ---- 1. keystroke to badge --------------------------------------------------------------------------------------

interface BadgeFigures {
  timing: Timing;
  misses: number;
  /** Measured keystrokes whose count did not move by one in the expected direction. */
  wrong: number;
  before: string | null;
}

/**
 * The probe, armed before each key in the page's main world: the clock starts in a capture-phase keydown listener
 * on window and stops in a MutationObserver callback once the badge's count or verdict differs from before. Arming
 * returns the key that changes the count from the editor's current text: "n" completes "Jetzt kaufen", Backspace
 * breaks it. A string, as in threads.ts: tsx's helper for function names does not exist in the page.
 */
const BADGE_PROBE = `
  window.__lfArmBadge = (selector, timeout) => {
    const badge = document.querySelector('listen-first-composer')?.shadowRoot?.querySelector('[data-lf-draft-badge]');
    const text = document.querySelector(selector)?.textContent ?? '';
    const state = () => badge.getAttribute('data-lf-verdict') + ' ' + badge.getAttribute('data-lf-count');
    window.__lfBadgeProbe = new Promise((resolve) => {
      if (!badge) return resolve(null);
      const before = Number(badge.getAttribute('data-lf-count'));
      const initial = state();
      let start = NaN;
      const onKey = () => { start = performance.now(); };
      const done = (ms) => {
        observer.disconnect();
        clearTimeout(timer);
        window.removeEventListener('keydown', onKey, true);
        const after = Number(badge.getAttribute('data-lf-count'));
        resolve(ms === null || Number.isNaN(ms) ? null : { ms, before, after });
      };
      // React may also touch the badge's position or label; the update is the moment count or verdict changed.
      const observer = new MutationObserver(() => {
        if (state() !== initial) done(performance.now() - start);
      });
      const timer = setTimeout(() => done(null), timeout);
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

interface ProbeWindow {
  __lfArmBadge: (selector: string, timeout: number) => string;
  __lfBadgeProbe: Promise<{ ms: number; before: number; after: number } | null>;
}

async function keystrokeToBadge(page: Page, site: Site, length: number): Promise<BadgeFigures> {
  await page.addInitScript(BADGE_PROBE);
  await openDraft(page, site, draftOf(length));
  const before = await settledBadge(page);
  const samples: number[] = [];
  let misses = 0;
  let wrong = 0;
  for (let i = 0; i < WARMUP_KEYS + BADGE_KEYS; i++) {
    const key = await page.evaluate(
      ([selector, timeout]) => (window as unknown as ProbeWindow).__lfArmBadge(selector, timeout),
      [EDITABLE, BADGE_TIMEOUT_MS] as const,
    );
    await page.keyboard.press(key);
    const result = await page.evaluate(() => (window as unknown as ProbeWindow).__lfBadgeProbe);
    await idle(page);
    if (i < WARMUP_KEYS) continue;
    if (!result) misses++;
    else {
      samples.push(result.ms);
      if (result.after - result.before !== (key === 'n' ? 1 : -1)) wrong++;
    }
  }
  return { timing: summary(samples), misses, wrong, before };
}

// ---- 2. time added to each keystroke ----------------------------------------------------------------------------

// Registered at document start, so this capture listener on window runs before any listener of the page or of the
// content script (which starts at document_idle): the clock starts before anyone has handled the key.
const KEY_CLOCK = `
  window.__lfKeys = { start: NaN, samples: [], keys: 0 };
  window.addEventListener('keydown', () => { window.__lfKeys.start = performance.now(); window.__lfKeys.keys++; }, true);
`;

/**
 * Added once the page and the extension are set up, so it is the last listener of the input event: a bubbling
 * listener on window, and a microtask after it for whatever the handlers before it queued. What lies between
 * the two clocks is the synchronous handling of one key: keydown, keypress, beforeinput, the editor's edit and
 * the input event, in every world, the content script's listeners included.
 */
function stopClockAtInput(): void {
  const keys = (window as unknown as { __lfKeys: { start: number; samples: number[] } }).__lfKeys;
  window.addEventListener('input', () => {
    const start = keys.start;
    keys.start = Number.NaN;
    queueMicrotask(() => {
      if (!Number.isNaN(start)) keys.samples.push(performance.now() - start);
    });
  });
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
 * The content script's own listener time per key, read from a Chromium trace: the durations of the function calls
 * from chrome-extension:// scripts inside the key and input event dispatches, summed per keystroke. Direct, and free
 * of the noise two browsers add to a difference, but tracing itself slows every call a little.
 */
async function extensionListenerTimes(page: Page, site: Site, length: number): Promise<Timing> {
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
  const perKey: number[] = [];
  let dispatchEnd = -1;
  let callEnd = -1;
  for (const e of spans) {
    const data = e.args?.data;
    if (e.name === 'EventDispatch' && KEY_EVENTS.has(data?.type ?? '')) {
      if (data?.type === 'keydown') perKey.push(0);
      dispatchEnd = Math.max(dispatchEnd, e.ts + (e.dur ?? 0));
    } else if (
      e.name === 'FunctionCall' &&
      e.ts < dispatchEnd &&
      e.ts >= callEnd &&
      data?.url?.startsWith('chrome-extension://') &&
      perKey.length
    ) {
      // Outermost calls only: a call nested in one already counted is part of its duration.
      perKey[perKey.length - 1] = (perKey[perKey.length - 1] ?? 0) + (e.dur ?? 0) / 1000;
      callEnd = e.ts + (e.dur ?? 0);
    }
  }
  return summary(perKey.slice(WARMUP_KEYS));
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

export async function runDraftBench(): Promise<void> {
  const drafts = LENGTHS.map((length) => ({ length, chars: draftOf(length).length }));
  const extension = await launchWithExtension({ headless: true });
  const plain = await plainBrowser();
  try {
    await serveFixtures(extension.context);
    console.log(
      `\n== Draft check in Chromium with the built extension: keystroke to updated badge, ${BADGE_KEYS} keys alternating "n" / Backspace (target: p95 under one frame, 16 ms)`,
    );
    console.log(
      `${'page'.padEnd(20)} ${'draft'.padStart(8)} ${'median'.padStart(10)} ${'p95'.padStart(10)}  misses  badge before`,
    );
    for (const site of SITES) {
      for (const { length, chars } of drafts) {
        const page = await extension.context.newPage();
        const f = await keystrokeToBadge(page, site, length);
        await page.close();
        const notes = f.wrong ? `  (${f.wrong} changed the count by other than one)` : '';
        console.log(
          `${site.name.padEnd(20)} ${`${chars} ch`.padStart(8)} ${ms2(f.timing.median)} ${ms2(f.timing.p95)}  ${`${f.misses}/${BADGE_KEYS}`.padStart(6)}  ${f.before ?? 'no badge'}${notes}`,
        );
      }
    }

    console.log(
      `\n== Time the extension adds to each keystroke: window keydown (capture, first) to the end of the input event (bubble, last), ${INPUT_KEYS} keys; trace: the content script's own listeners`,
    );
    console.log(
      `${'page'.padEnd(20)} ${'draft'.padStart(8)} ${'with med'.padStart(10)} ${'without'.padStart(10)} ${'added med'.padStart(10)} ${'with p95'.padStart(10)} ${'without'.padStart(10)} ${'added p95'.padStart(10)} ${'trace med'.padStart(10)} ${'trace p95'.padStart(10)}`,
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
        const trace = await extensionListenerTimes(tracePage, site, length);
        await tracePage.close();
        const lost = withExt.timing.runs < INPUT_KEYS || without.timing.runs < INPUT_KEYS;
        console.log(
          `${site.name.padEnd(20)} ${`${chars} ch`.padStart(8)} ${ms2(withExt.timing.median)} ${ms2(without.timing.median)} ${ms2(withExt.timing.median - without.timing.median)} ${ms2(withExt.timing.p95)} ${ms2(without.timing.p95)} ${ms2(withExt.timing.p95 - without.timing.p95)} ${ms2(trace.median)} ${ms2(trace.p95)}${lost ? `  (input events: ${withExt.timing.runs} with, ${without.timing.runs} without)` : ''}`,
        );
      }
    }
  } finally {
    await extension.close();
    await plain.browser.close();
  }
}
