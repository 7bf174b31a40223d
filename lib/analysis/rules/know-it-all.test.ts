// know-it-all: condescending phrases in German and English, spans exact, suggestions applied.
import { describe, expect, it } from 'vitest';
import { knowItAll } from './know-it-all';
import { runRule } from './shared/table-test';

describe('know-it-all', () => {
  it.each([
    [
      'Das weiß doch jeder, die Filiale öffnet um 6.',
      {
        actual: 'Das weiß doch jeder',
        start: 0,
        applied: ['das ist vielleicht nicht allen bekannt, die Filiale öffnet um 6.'],
      },
    ],
    [
      'Lies doch erst mal den Beitrag.',
      { actual: 'Lies doch erst mal', start: 0, applied: ['die Details stehen hier den Beitrag.'] },
    ],
    ['Nichts für ungut, aber das ist so.', { actual: 'Nichts für ungut, aber', start: 0, applied: [' das ist so.'] }],
    [
      'Honestly, educate yourself before posting.',
      { actual: 'educate yourself', start: 10, applied: ['Honestly, here is more on this before posting.'] },
    ],
    [
      "It's not rocket science: open settings.",
      { actual: "It's not rocket science", start: 0, applied: ["here's how it works: open settings."] },
    ],
  ])('flags %j', (text, expected) => {
    const [finding, ...rest] = runRule(knowItAll, text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ...expected,
      end: expected.start + expected.actual.length,
      messageKey: 'finding.know-it-all',
    });
  });

  it.each([
    'Wie finden Sie unser neues Produkt X?',
    'Das weiß ich leider nicht, ich frage nach.',
    'Everyone knows you can reach us at any time?',
    'Thanks, we will look into it today.',
  ])('leaves %j alone', (text) => {
    expect(runRule(knowItAll, text)).toEqual([]);
  });
});
