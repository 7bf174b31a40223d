// UI messages for the promotional findings, in both languages. Keys are the rules' messageKey values.
import type { FindingMessages } from './types';

export const promotionalMessages: FindingMessages = {
  en: {},
  de: {},
};
