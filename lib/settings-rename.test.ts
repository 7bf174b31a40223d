// A renamed rule keeps the user's choice: settings stored under the old id load with the new one, through the
// shipping normalisation and the v1 migration, with the rename map swapped for one with an entry.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettingsV1, normalizeSettings } from './settings-model';

vi.mock('./analysis/rules/renamed', async (load) => {
  const actual = await load<typeof import('./analysis/rules/renamed')>();
  const map = { 'shout-caps': 'shouting', 'sales-talk': 'promotional' };
  return { RENAMED_RULES: map, renameRuleIds: (ids: unknown) => actual.renameRuleIds(ids, map) };
});

describe('renamed rule ids in the settings', () => {
  it('a rule silenced under its old id stays silenced under its new one', () => {
    const loaded = normalizeSettings({ ...DEFAULT_SETTINGS, disabledRules: ['shout-caps', 'know-it-all'] });
    expect(loaded.disabledRules).toEqual(['shouting', 'know-it-all']);
  });

  it('a family renamed too, and an id stored under both names is kept once', () => {
    const loaded = normalizeSettings({ disabledRules: ['sales-talk', 'shouting', 'shout-caps'] });
    expect(loaded.disabledRules).toEqual(['promotional', 'shouting']);
  });

  it('ids the map does not know (a newer release) are kept as they are', () => {
    expect(normalizeSettings({ disabledRules: ['future-rule'] }).disabledRules).toEqual(['future-rule']);
  });

  it('a v1 object migrated to v2 gets the new ids too', () => {
    expect(migrateSettingsV1({ guard: 'warn', disabledRules: ['shout-caps'] }).disabledRules).toEqual(['shouting']);
  });
});
