// The error screen wired to the browser: it reads the language setting itself (the page that failed may never have
// got that far) and reloads the page. The settings link is relative: every page sits at the extension's root.
import { PageErrorView } from '../../components/PageErrorView';
import { useSettings } from './use-settings';

/** The settings page, scrolled to its history section (where "Delete all history" is). */
export const SETTINGS_HISTORY_HREF = 'options.html#history';

/** "TypeError: …" for an Error; anything else thrown as text, even an object that refuses to be one. */
function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return String(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
}

export function PageError({ error, historyWayOut }: { error: unknown; historyWayOut: boolean }) {
  const { t } = useSettings();
  return (
    <PageErrorView
      t={t}
      detail={errorText(error)}
      onReload={() => window.location.reload()}
      settingsHref={historyWayOut ? SETTINGS_HISTORY_HREF : undefined}
    />
  );
}
