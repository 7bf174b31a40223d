// German strings of the way out when something breaks: the error screen of the extension's pages and "delete all
// history" in the settings; the keys are those of recovery.en.ts.
import type { RecoveryMessageKey } from './recovery.en';

export const recoveryDe: Record<RecoveryMessageKey, string> = {
  'recovery.title': 'Listen First konnte diese Seite nicht anzeigen',
  'recovery.lead': 'Beim Aufbauen ist etwas schiefgegangen. Es wurde nichts geändert oder gelöscht.',
  'recovery.error': 'Der Fehler',
  'recovery.reload': 'Neu laden',
  'recovery.history':
    'Scheitert die Verlaufsseite wieder, ist vielleicht etwas darin Gespeichertes kaputt. In den Einstellungen lässt sich der Verlauf löschen, ohne diese Seite zu öffnen.',
  'recovery.openSettings': 'Einstellungen öffnen',
  'options.deleteHistory.help':
    'Löscht alle Threads, Kommentare, Besuche und Beiträge, die auf diesem Computer gespeichert sind; deine Einstellungen bleiben. Die Verlaufsseite hat dieselbe Schaltfläche; diese hier funktioniert auch, wenn sich jene nicht öffnen lässt.',
};
