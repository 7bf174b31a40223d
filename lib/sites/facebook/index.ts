// PLACEHOLDER until the facebook adapter lands: finds nothing. Replaced by the real adapter (selectors.ts, strings.ts).
import type { SiteAdapter } from '../types';

export const facebookAdapter: SiteAdapter = {
  id: 'facebook',
  selectors: {},
  findThreadRoot: () => null,
  threadId: () => null,
  readPost: () => null,
  findItems: () => [],
  readItem: () => null,
};
