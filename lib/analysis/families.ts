// Rule families: the groups the settings page offers to switch off (hostile, promotional, register…), each a
// set of rule ids. Family ids persist in the user's settings (disabledRules), beside plain rule ids.
export const RULE_FAMILIES = {
  hostile: ['hostile-insult', 'hostile-profanity', 'hostile-threat', 'hostile-contempt', 'hostile-model'],
  promotional: ['call-to-action', 'price-offer', 'promotional-model'],
  spam: ['self-promotion', 'engagement-ask', 'promotional-link'],
  loudness: ['shouting', 'symbol-flood'],
  repetition: ['copy-paste', 'less-is-more'],
  disclosure: ['undisclosed-affiliation'],
  criticism: ['dismissive-reply', 'missing-acknowledgment'],
  condescending: ['know-it-all'],
  register: ['register-mix', 'register-clash'],
  tone: ['tone-clash'],
} as const satisfies Record<string, readonly string[]>;

export type RuleFamily = keyof typeof RULE_FAMILIES;

/** In the order the settings page lists them: the worst things to post first. */
export const FAMILY_IDS = Object.keys(RULE_FAMILIES) as RuleFamily[];

const isFamily = (id: string): id is RuleFamily => Object.hasOwn(RULE_FAMILIES, id);

// Cached by identity: the content script passes the same settings array for every draft and comment.
const cache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The rule ids that must not run: plain rule ids as given, family ids expanded to their rules. */
export function disabledRuleIds(disabled: readonly string[] | undefined): ReadonlySet<string> {
  if (!disabled?.length) return EMPTY;
  let ids = cache.get(disabled);
  if (!ids) {
    const out = new Set<string>();
    for (const id of disabled) {
      if (isFamily(id)) for (const rule of RULE_FAMILIES[id]) out.add(rule);
      else out.add(id);
    }
    ids = out;
    cache.set(disabled, ids);
  }
  return ids;
}

const EMPTY: ReadonlySet<string> = new Set();
