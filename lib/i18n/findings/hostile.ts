// UI messages for the hostile findings, in both languages. Keys are the rules' messageKey values.
import type { FindingMessages } from './types';

export const hostileMessages: FindingMessages = {
  en: {},
  de: {},
};
