// A pure function of a link's address, remembered per address: a thread repeats the same profile and permalink
// addresses in every comment, and each parse builds a URL object. The results are shared: callers must not mutate.

/** Addresses kept before the memory starts afresh (a long page has a few thousand distinct links). */
const LIMIT = 5000;

export function memoHref<T>(fn: (href: string | null) => T): (href: string | null) => T {
  const known = new Map<string, T>();
  return (href) => {
    if (href === null) return fn(href);
    if (known.has(href)) return known.get(href) as T;
    const value = fn(href);
    if (known.size >= LIMIT) known.clear();
    known.set(href, value);
    return value;
  };
}
