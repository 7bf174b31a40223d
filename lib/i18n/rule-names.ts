// The message key of a rule's human name, for "Don't flag this kind" and the settings' list of silenced rules.
// Null for ids without a name: the user's own lists (watchlist, always-flag) and ids from another release.
import type { MessageKey } from './en';
import { rulesEn } from './rules.en';

export function ruleNameKey(ruleId: string): MessageKey | null {
  const key = `rule.${ruleId}`;
  return Object.hasOwn(rulesEn, key) ? (key as MessageKey) : null;
}
