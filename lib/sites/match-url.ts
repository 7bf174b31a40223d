// Manifest match patterns compiled once into a test of a parsed URL. The library's MatchPattern builds three regular
// expressions and parses the URL again on every call: history batches test two addresses per comment, 2,000 a thread.

/** `scheme://host/path` with `*` wildcards, as the manifest writes them; http and https schemes only. */
export function compileMatch(pattern: string): (url: URL) => boolean {
  const parts = /^(\*|https?):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`Unsupported match pattern "${pattern}"`);
  const [, scheme, host = '', path = ''] = parts;
  if (host.includes(':') || (host.includes('*') && host !== '*' && !host.startsWith('*.')))
    throw new Error(`Unsupported match pattern "${pattern}"`);
  const protocols = scheme === '*' ? ['http:', 'https:'] : [`${scheme}:`];
  // As MatchPattern: "*.example.com" also matches "example.com" itself.
  const hosts = [wildcard(host), wildcard(host.replace(/^\*\./, ''))];
  const paths = wildcard(path);
  return (url) =>
    protocols.includes(url.protocol) && hosts.some((h) => h.test(url.hostname)) && paths.test(url.pathname);
}

function wildcard(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*/g, '.*')}$`);
}
