// Measures the structural fallback (lib/content/comment-like.ts) on every real capture and every fixture page of a
// site: the adapter's own marks are the true comments; the fallback's blocks are scored against them (hits,
// non-comments, recall) and printed as a table. Asserted: no non-comment on any capture, some recall where ≥2 comments.
import { FIXTURE_ROUTES } from '../fixtures/routes';
import { expect, openFixture, test } from '../harness/adapter-test';
import { capturePages } from './pages';

/** After every capture and fixture date, so their relative and absolute times all lie in the past. */
const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);

interface Figures {
  truth: number;
  found: number;
  hits: number;
  nonComments: number;
  recalled: number;
  misses: string[];
}

const captures = capturePages().map((p) => ({ url: p.url, site: p.site, name: `${p.site}/${p.capture}` }));
const fixtures = FIXTURE_ROUTES.flatMap((r) => (r.site ? [{ url: r.url, site: r.site, name: r.file }] : [])).filter(
  (p, i, all) => all.findIndex((q) => q.url === p.url) === i,
);

test('the comment-like fallback against the adapters’ marks on every capture and fixture page', async ({ page }) => {
  test.setTimeout(600_000);
  const rows: { kind: 'capture' | 'fixture'; name: string; figures: Figures }[] = [];
  for (const [kind, list] of [
    ['capture', captures],
    ['fixture', fixtures],
  ] as const) {
    for (const { url, site, name } of list) {
      await openFixture(page, url);
      const figures = await page.evaluate(
        ([s, n]) =>
          (window as unknown as { __lf: { commentLike(s: string, n: number): Promise<Figures> } }).__lf.commentLike(
            s,
            n,
          ),
        [site, NOW] as const,
      );
      rows.push({
        kind,
        name: `${name}${kind === 'fixture' ? ` @ ${new URL(url).search || new URL(url).host}` : ''}`,
        figures,
      });
    }
  }

  const recall = (f: { truth: number; recalled: number }) => (f.truth ? (f.recalled / f.truth).toFixed(2) : '-');
  const line = (name: string, f: Omit<Figures, 'misses'>) =>
    `${name.padEnd(62)} ${String(f.truth).padStart(5)} ${String(f.found).padStart(5)} ${String(f.hits).padStart(5)} ${String(f.nonComments).padStart(5)} ${recall(f).padStart(6)}`;
  const total = (kind: string) =>
    rows
      .filter((r) => r.kind === kind)
      .reduce(
        (sum, { figures: f }) => ({
          truth: sum.truth + f.truth,
          found: sum.found + f.found,
          hits: sum.hits + f.hits,
          nonComments: sum.nonComments + f.nonComments,
          recalled: sum.recalled + f.recalled,
        }),
        { truth: 0, found: 0, hits: 0, nonComments: 0, recalled: 0 },
      );
  const out = [`${'page'.padEnd(62)}  true found  hits  non-c recall`];
  for (const { name, figures } of rows) {
    out.push(line(name, figures));
    for (const miss of figures.misses) out.push(`    non-comment ${miss}`);
  }
  out.push(line('TOTAL captures', total('capture')), line('TOTAL fixtures', total('fixture')));
  console.log(out.join('\n'));

  for (const { kind, name, figures } of rows) {
    if (kind !== 'capture') continue;
    expect(figures.nonComments, `non-comments on ${name}`).toBe(0);
    if (figures.truth >= 2) expect(figures.recalled, `recall on ${name}`).toBeGreaterThan(0);
  }
});
