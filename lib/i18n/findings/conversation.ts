// UI messages for the conversation findings, in both languages. Keys are the rules' messageKey values.
import type { FindingMessages } from './types';

export const conversationMessages: FindingMessages = {
  en: {
    'finding.watchlist': 'On your watchlist: “{term}”',
  },
  de: {
    'finding.watchlist': 'Auf deiner Beobachtungsliste: „{term}“',
  },
};
