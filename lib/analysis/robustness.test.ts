// Property tests: analyze() never throws, no rule throws inside it, and every offset stays inside the text,
// whatever Unicode it gets: emoji, RTL, zero-width and combining characters, lone surrogates, empty and 1 MB inputs.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze as analyzeQuietly } from './index';
import { type RuleErrorReporter, setRuleErrorReporter } from './rule-errors';
import type { AnalysisContext, AnalysisResult } from './types';

// analyze() swallows a rule's exception (the guard fails open), which would hide it here: these tests listen.
const thrown: string[] = [];
let previous: RuleErrorReporter | undefined;
beforeAll(() => {
  previous = setRuleErrorReporter((ruleId, error) => {
    thrown.push(`${ruleId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  });
});
afterAll(() => setRuleErrorReporter(previous));

/** analyze(), failing when any rule threw on the way (fast-check then shrinks to the smallest such input). */
function analyze(text: string, context?: AnalysisContext): AnalysisResult {
  thrown.length = 0;
  const result = analyzeQuietly(text, context);
  expect(thrown, 'a rule threw').toEqual([]);
  return result;
}

const PIECES = [
  'Jetzt kaufen!!!',
  'buy now',
  'Vollidiot',
  'das stimmt nicht',
  'Sie',
  'du',
  'Danke',
  '😍',
  '👨‍👩‍👧',
  '🇩🇪',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u202e',
  'e\u0301',
  'מה שלומך',
  'مرحبا',
  'www.shop.de',
  'https://x.com/a',
  '@radwerk',
  '#ad',
  '!!!',
  '...',
  '\ud800',
  '\udfff',
  ':)',
  '<3',
  '\n',
  '\t',
  '1.000,50 €',
  'z.B.',
  "don't",
];
const piece = fc.constantFrom(...PIECES);
const socialText = fc
  .array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(' '));

const contextArb: fc.Arbitrary<AnalysisContext> = fc.record(
  {
    langHint: fc.constantFrom('de', 'en', 'de-AT', 'fr', '', 'xx-invalid'),
    mode: fc.constantFrom('draft', 'item') as fc.Arbitrary<'draft' | 'item'>,
    replyTo: socialText.map((text) => ({ text })),
    thread: fc
      .array(
        socialText.map((text) => ({ text })),
        { maxLength: 4 },
      )
      .map((items) => ({ items })),
    brand: fc.constant({ names: ['Radwerk'], domains: ['radwerk.de'], handles: ['radwerk'] }),
    recentPosts: fc.array(socialText, { maxLength: 3 }),
    watchlist: fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

function assertWellFormed(text: string, result: AnalysisResult): void {
  expect(['ok', 'caution', 'warn']).toContain(result.verdict);
  expect(Number.isFinite(result.tone.score)).toBe(true);
  expect(Math.abs(result.tone.score)).toBeLessThanOrEqual(1);
  for (const score of [result.promotional.score, result.hostile.score]) {
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
  }
  for (const f of result.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.actual).toBe(text.slice(f.start, f.end));
    expect(f.confidence).toBeGreaterThanOrEqual(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
  }
}

describe('analyze() on any input', () => {
  it('never throws and keeps offsets inside the text (social-media-shaped text, any context)', () => {
    fc.assert(
      fc.property(socialText, contextArb, (text, context) => {
        assertWellFormed(text, analyze(text, context));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary UTF-16, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        assertWellFormed(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty, blank and non-string input', () => {
    for (const text of ['', ' ', '\u200b\u200b', '\n\n']) assertWellFormed(text, analyze(text));
    expect(analyze('').verdict).toBe('ok');
    // Callers in a page may hand over null or a number; the engine reads it as text instead of throwing.
    expect(() => analyze(null as unknown as string)).not.toThrow();
    expect(() => analyze(42 as unknown as string)).not.toThrow();
  });

  it('survives a text with hundreds of thousands of findings', () => {
    // One rule (hostile-insult) and the watchlist each return far more findings than a call takes arguments.
    const text = 'Du bist ein Idiot, der Preis! '.repeat(150_000);
    const result = analyze(text, { watchlist: ['preis'] });
    expect(result.findings.filter((f) => f.ruleId === 'watchlist')).toHaveLength(150_000);
    expect(result.findings.filter((f) => f.ruleId === 'hostile-insult').length).toBeGreaterThan(100_000);
    expect(result.verdict).toBe('warn');
  }, 60_000);

  it("hears of a rule that throws, and still gives the other rules' findings", () => {
    const explosive = {
      get text(): string {
        throw new Error('boom');
      },
    };
    thrown.length = 0;
    const result = analyzeQuietly('Du Vollidiot.', { mode: 'draft', replyTo: explosive });
    expect(thrown.length).toBeGreaterThan(0);
    expect(thrown[0]).toContain('boom');
    expect(result.findings.map((f) => f.ruleId)).toContain('hostile-insult');
  });

  it('analyses a 1 MB text', () => {
    const text = 'Jetzt kaufen!!! Das stimmt nicht, du Vollidiot 😍 www.shop.de '.repeat(17_000).slice(0, 1024 * 1024);
    const result = analyze(text);
    assertWellFormed(text, result);
    expect(result.findings.length).toBeGreaterThan(0);
  }, 60_000);
});
