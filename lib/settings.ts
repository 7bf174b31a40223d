// User settings in storage.sync, so the browser's own sync carries them across the user's machines.
// Versioned: bump SETTINGS_VERSION (settings-model.ts) and add a migration when a stored field changes meaning.
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  migrateSettingsV1,
  normalizeSettings,
  SETTINGS_VERSION,
  type Settings,
} from './settings-model';

export * from './settings-model';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  // WXT runs these once per machine, when the stored version is older; values synced later from a machine still
  // on an old version arrive without migration, which is why normalizeSettings also reads old shapes.
  migrations: { 2: migrateSettingsV1 },
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(update: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...update });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with normalised settings (and the previous ones) on every change, from any tab or synced machine. */
export function watchSettings(callback: (settings: Settings, previous: Settings) => void): () => void {
  return settingsItem.watch((value, old) => callback(normalizeSettings(value), normalizeSettings(old)));
}
