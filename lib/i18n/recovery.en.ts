// English strings of the way out when something breaks: the error screen every extension page falls back to, and
// "delete all history" on the settings page, which works when the history page cannot. Mirrored in recovery.de.ts.
export const recoveryEn = {
  'recovery.title': 'Listen First could not show this page',
  'recovery.lead': 'Something went wrong while drawing it. Nothing was changed or deleted.',
  'recovery.error': 'The error',
  'recovery.reload': 'Reload',
  'recovery.history':
    'If the history page fails again, something stored in it may be broken. The settings can delete the history without opening this page.',
  'recovery.openSettings': 'Open the settings',
  'options.deleteHistory.help':
    'Deletes every thread, comment, visit and post kept on this computer; your settings stay. The history page has the same button; this one also works when that page cannot open.',
} as const;

export type RecoveryMessageKey = keyof typeof recoveryEn;
