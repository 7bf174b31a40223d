// PLACEHOLDER until the linkedin adapter lands: finds nothing. Replaced by the real adapter (selectors.ts, strings.ts).
import type { SiteAdapter } from '../types';

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  selectors: {},
  findThreadRoot: () => null,
  threadId: () => null,
  readPost: () => null,
  findItems: () => [],
  readItem: () => null,
};
