// Meta-tests in the refined-github manner: every rule file is registered, tested, and explained in both
// UI languages, and every rule id is unique and equal to its file name.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_MESSAGES } from '../../i18n/findings/index';
import { analyze } from '../index';
import { RULES } from './index';

const here = import.meta.dirname;
const NOT_RULES = new Set(['index.ts']);
const ruleFiles = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_RULES.has(f))
  .map((f) => f.replace(/\.ts$/, ''));
const testFiles = new Set(readdirSync(here).filter((f) => f.endsWith('.test.ts')));

describe('rule registry', () => {
  it('registers every rule file exactly once, under its file name', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ruleFiles].sort());
  });

  for (const id of ruleFiles) {
    it(`${id} has a table test beside it`, () => expect(testFiles.has(`${id}.test.ts`)).toBe(true));
  }

  it('every message key a finding can carry exists in German and English', () => {
    expect(Object.keys(FINDING_MESSAGES.de).sort()).toEqual(Object.keys(FINDING_MESSAGES.en).sort());
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(FINDING_MESSAGES.en)) {
      expect(placeholders(FINDING_MESSAGES.de[key] ?? ''), key).toEqual(placeholders(FINDING_MESSAGES.en[key] ?? ''));
    }
  });

  it('findings of the watchlist are explained', () => {
    const result = analyze('Neue Preise ab Januar', { watchlist: ['preise'] });
    expect(result.findings.map((f) => f.messageKey)).toEqual(['finding.watchlist']);
    for (const f of result.findings) expect(FINDING_MESSAGES.en[f.messageKey]).toBeDefined();
  });
});
