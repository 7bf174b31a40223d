// Settings page: stored in storage.sync, applied in open tabs at once through storage change events.
import '../../components/styles/app.css';
import { useState } from 'react';
import { SettingsView } from '../../components/SettingsView';
import { saveSettings } from '../../lib/settings';
import { renderPage } from '../../lib/ui/render-page';
import { browserUiLanguage, useSettings } from '../../lib/ui/use-settings';

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; error: string };

function Options() {
  const { settings, loaded, t } = useSettings();
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  if (!loaded) return null;
  return (
    <SettingsView
      t={t}
      settings={settings}
      browserLanguage={browserUiLanguage()}
      saveState={saveState}
      onChange={(update) => {
        saveSettings(update).then(
          () => setSaveState({ kind: 'saved' }),
          (error: unknown) => setSaveState({ kind: 'failed', error: String(error) }),
        );
      }}
    />
  );
}

renderPage(<Options />);
