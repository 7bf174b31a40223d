// Settings page: stored in storage.sync, applied in open tabs at once through storage change events. Also deletes
// the whole history on request, so that stays possible when the history page itself cannot be drawn.
import '../../components/styles/app.css';
import { useEffect, useState } from 'react';
import { SettingsView } from '../../components/SettingsView';
import type { DeleteHistoryState } from '../../components/settings/DeleteAllHistory';
import { errorMessage } from '../../lib/error-message';
import { normalizeSettings, type Settings, saveSettings } from '../../lib/settings';
import { deleteAllHistory } from '../../lib/ui/delete-history';
import { renderPage } from '../../lib/ui/render-page';
import { browserUiLanguage, useSettings } from '../../lib/ui/use-settings';

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; error: string };

function Options() {
  const { settings, loaded, t } = useSettings();
  // The form shows the user's choice at once; storage confirms it a moment later (or the error reverts it).
  const [pending, setPending] = useState<Settings | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [historyDelete, setHistoryDelete] = useState<DeleteHistoryState>({ kind: 'idle' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a stored change (ours or another tab's) supersedes the pending one
  useEffect(() => setPending(null), [settings]);
  // The form appears only once the settings are loaded, after the browser looked for #history: scroll there now.
  useEffect(() => {
    if (loaded && window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
  }, [loaded]);
  if (!loaded) return null;
  const shown = pending ?? settings;
  return (
    <SettingsView
      t={t}
      settings={shown}
      browserLanguage={browserUiLanguage()}
      saveState={saveState}
      historyDelete={historyDelete}
      onDeleteHistory={() => {
        setHistoryDelete({ kind: 'busy' });
        deleteAllHistory().then(
          () => setHistoryDelete({ kind: 'deleted' }),
          (error: unknown) => setHistoryDelete({ kind: 'failed', error: errorMessage(error) }),
        );
      }}
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
