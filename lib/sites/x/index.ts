// PLACEHOLDER until the x adapter lands: finds nothing. Replaced by the real adapter (selectors.ts, strings.ts).
import type { SiteAdapter } from '../types';

export const xAdapter: SiteAdapter = {
  id: 'x',
  selectors: {},
  findThreadRoot: () => null,
  threadId: () => null,
  readPost: () => null,
  findItems: () => [],
  readItem: () => null,
};
