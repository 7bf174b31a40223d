// All finding messages, merged per language. The analysis engine returns keys; these tables say them.
import { conversationMessages } from './conversation';
import { customMessages } from './custom';
import { hostileMessages } from './hostile';
import { promotionalMessages } from './promotional';
import { toneMessages } from './tone';
import type { FindingMessages } from './types';

const AREAS: FindingMessages[] = [
  promotionalMessages,
  hostileMessages,
  toneMessages,
  conversationMessages,
  customMessages,
];

export const FINDING_MESSAGES: FindingMessages = {
  en: Object.assign({}, ...AREAS.map((a) => a.en)),
  de: Object.assign({}, ...AREAS.map((a) => a.de)),
};

/** A finding's explanation in the UI language, placeholders filled from its args. */
export function describeFinding(
  lang: 'de' | 'en',
  finding: { messageKey: string; args: Record<string, string | number> },
): string {
  const template = FINDING_MESSAGES[lang][finding.messageKey] ?? FINDING_MESSAGES.en[finding.messageKey];
  if (!template) return finding.messageKey;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(finding.args, name) ? String(finding.args[name]) : whole,
  );
}
