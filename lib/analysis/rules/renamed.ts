// Rule ids persist in the user's settings (disabledRules) and history. When a rule or family is renamed, its old id
// maps to the new one here, so a user's choice survives the rename (settings-model.ts applies it on every load).
// Never remove an entry: a synced machine may still hold the old id years later. Targets must be live ids.

/** `{ oldId: newId }`; renamed.test.ts checks that every target exists and that no key is a live id. */
export const RENAMED_RULES: Readonly<Record<string, string>> = {};

/** The ids with renamed ones replaced by their new names; anything that is not a string array is left to the caller. */
export function renameRuleIds(ids: unknown, renamed: Readonly<Record<string, string>> = RENAMED_RULES): unknown {
  if (!Array.isArray(ids)) return ids;
  return ids.map((id) => (typeof id === 'string' && Object.hasOwn(renamed, id.trim()) ? renamed[id.trim()] : id));
}
