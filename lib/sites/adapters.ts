// All site adapters by site id: the content script of each site imports only its own adapter; tools and
// tests that work across sites import this table.
import { facebookAdapter } from './facebook/index';
import { linkedinAdapter } from './linkedin/index';
import type { SiteId } from './registry';
import type { SiteAdapter } from './types';
import { xAdapter } from './x/index';
import { xingAdapter } from './xing/index';

export const ADAPTERS: Record<SiteId, SiteAdapter> = {
  facebook: facebookAdapter,
  x: xAdapter,
  linkedin: linkedinAdapter,
  xing: xingAdapter,
};
