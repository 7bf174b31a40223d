// undisclosed-affiliation: praise or defence of the user's own brand without saying so (the Jamba case).
import { describe, expect, it } from 'vitest';
import { runRule } from './shared/table-test';
import { undisclosedAffiliation } from './undisclosed-affiliation';

const brand = { names: ['Radwerk'], domains: ['radwerk.de'], handles: ['radwerk'] };

describe('undisclosed-affiliation', () => {
  it('flags German praise of the brand and suggests a disclosure', () => {
    const text = 'Ich kann Radwerk nur empfehlen, der Service ist super!';
    expect(runRule(undisclosedAffiliation, text, { brand })).toEqual([
      {
        actual: 'Radwerk',
        start: 9,
        end: 16,
        messageKey: 'finding.undisclosed-affiliation',
        severity: 'warn',
        applied: ['Ich kann Radwerk (Transparenz: Ich arbeite bei Radwerk) nur empfehlen, der Service ist super!'],
      },
    ]);
  });

  it('flags English defence of the brand by handle', () => {
    const text = "That's not true, @radwerk always answers fast.";
    const [finding] = runRule(undisclosedAffiliation, text, { brand });
    expect(finding).toMatchObject({ actual: '@radwerk', start: 17, end: 25 });
    expect(finding?.applied).toEqual([
      "That's not true, @radwerk (disclosure: I work at Radwerk) always answers fast.",
    ]);
  });

  it('finds the brand by its shop domain', () => {
    const [finding] = runRule(undisclosedAffiliation, 'Best bikes ever: radwerk.de/sale', { brand });
    expect(finding?.actual).toBe('radwerk.de/sale');
  });

  it.each([
    'Ich arbeite bei Radwerk und finde den Service super.',
    'Disclosure: I work at Radwerk. Best service in town.',
    'Wir bei Radwerk freuen uns über das Lob!',
    'Radwerk hat heute geöffnet.',
    'Der Service bei Velohaus ist super!',
  ])('leaves %j alone', (text) => {
    expect(runRule(undisclosedAffiliation, text, { brand })).toEqual([]);
  });

  it('needs a configured brand and a draft', () => {
    expect(runRule(undisclosedAffiliation, 'Radwerk ist super!')).toEqual([]);
    expect(runRule(undisclosedAffiliation, 'Radwerk ist super!', { brand, mode: 'item' })).toEqual([]);
  });
});
