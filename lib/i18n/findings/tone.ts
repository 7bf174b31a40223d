// UI messages for the tone findings, in both languages. Keys are the rules' messageKey values.
import type { FindingMessages } from './types';

export const toneMessages: FindingMessages = {
  en: {},
  de: {},
};
