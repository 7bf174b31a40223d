// The flags a comment's badge shows follow the rule settings: a family switched off gives no badge for it, and the
// sensitivity moves the promotional and hostile lines.
import { describe, expect, it } from 'vitest';
import type { ThreadItem } from '../sites/types';
import { analyseItem } from './item-analysis';

const comment = (text: string) => ({ id: 'c1', text, author: { name: 'Gast' }, own: false }) as unknown as ThreadItem;

describe('analyseItem with rule settings', () => {
  it('a hostile comment is flagged unless the hostile family is off', () => {
    const insult = comment('Du bist ein Idiot.');
    expect(analyseItem(insult, {}).flags.hostile).toBe(true);
    expect(analyseItem(insult, { disabledRules: ['hostile'] }).flags.hostile).toBe(false);
    expect(analyseItem(insult, { disabledRules: ['spam'] }).flags.hostile).toBe(true);
  });

  it('a borderline promotional comment is flagged only at high sensitivity', () => {
    const link = comment('Mehr unter shop.example.com');
    expect(analyseItem(link, {}).flags.promotional).toBe(false);
    expect(analyseItem(link, { sensitivity: 'high' }).flags.promotional).toBe(true);
  });
});
