// Settings page: stored in storage.sync, applied in open tabs at once through storage change events.
import '../../components/styles/app.css';
import { useEffect, useState } from 'react';
import { SettingsView } from '../../components/SettingsView';
import { errorMessage } from '../../lib/error-message';
import { normalizeSettings, type Settings, saveSettings } from '../../lib/settings';
import { renderPage } from '../../lib/ui/render-page';
import { browserUiLanguage, useSettings } from '../../lib/ui/use-settings';

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; error: string };

function Options() {
  const { settings, loaded, t } = useSettings();
  // The form shows the user's choice at once; storage confirms it a moment later (or the error reverts it).
  const [pending, setPending] = useState<Settings | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a stored change (ours or another tab's) supersedes the pending one
  useEffect(() => setPending(null), [settings]);
  if (!loaded) return null;
  const shown = pending ?? settings;
  return (
    <SettingsView
      t={t}
      settings={shown}
      browserLanguage={browserUiLanguage()}
      saveState={saveState}
      onChange={(update) => {
        const next = normalizeSettings({ ...shown, ...update });
        setPending(next);
        saveSettings(next).then(
          () => setSaveState({ kind: 'saved' }),
          (error: unknown) => {
            setPending(null);
            setSaveState({ kind: 'failed', error: errorMessage(error) });
          },
        );
      }}
    />
  );
}

renderPage(<Options />);
