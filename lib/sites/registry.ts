// The four supported sites: ids, display names and the exact hosts each content script may run on.
// Site ids persist in settings and history; renaming one needs a migration (see lib/settings.ts).
import { compileMatch } from './match-url';

export const SITE_IDS = ['facebook', 'x', 'linkedin', 'xing'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export interface SiteInfo {
  id: SiteId;
  name: string;
  /** Manifest match patterns: https only, and only the hosts the sites really serve threads on. */
  matches: string[];
}

export const SITES: Record<SiteId, SiteInfo> = {
  facebook: { id: 'facebook', name: 'Facebook', matches: ['https://www.facebook.com/*'] },
  // twitter.com still serves (and redirects) old links; both hosts get the same script.
  x: { id: 'x', name: 'X', matches: ['https://x.com/*', 'https://twitter.com/*'] },
  linkedin: { id: 'linkedin', name: 'LinkedIn', matches: ['https://www.linkedin.com/*'] },
  xing: { id: 'xing', name: 'Xing', matches: ['https://www.xing.com/*'] },
};

const compiled = SITE_IDS.map((id) => ({ id, patterns: SITES[id].matches.map(compileMatch) }));

/** Which site a parsed URL belongs to. */
function siteOf(url: URL): SiteId | null {
  for (const { id, patterns } of compiled) if (patterns.some((p) => p(url))) return id;
  return null;
}

/** Which site a URL belongs to, by the same match patterns the manifest uses; null when none. */
export function siteForUrl(url: string): SiteId | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return siteOf(parsed);
}

/**
 * A stored address as an extension page may link to it: https on one of the four sites' hosts (and, when `site` is
 * given, that site's), with no user name, password or port; the link is the parsed, canonical address. Null for
 * anything else: stored addresses come from page reading or an import, and a javascript: or look-alike address must
 * never become a click that runs code in the extension's origin or leads elsewhere.
 */
export function siteLink(url: unknown, site?: SiteId): string | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return null;
  const found = siteOf(parsed);
  if (found === null || (site !== undefined && found !== site)) return null;
  return parsed.href;
}

export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && (SITE_IDS as readonly string[]).includes(value);
}
