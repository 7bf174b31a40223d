// Switches the end-to-end tests flip to prove failure paths (a guard that throws must let the post through; a page
// whose comments can't be read). They exist only in builds made with `wxt build --mode e2e`: in production MODE is a
// constant and all of this is dropped, which a test checks on the built bundles (e2e/manifest.spec.ts).
import { browser } from 'wxt/browser';
import type { ThreadStatus } from './thread-watch';

export interface TestSwitches {
  failGuard(): boolean;
  /** A thread status to report instead of the watcher's, or null to report the watcher's own. */
  threadStatus(): ThreadStatus | null;
  stop(): void;
}

const KEYS = ['debug:failGuard', 'debug:threadStatus'];
const STATUSES: readonly string[] = ['searching', 'recognised', 'not-recognised', 'unreadable'];

function readSwitches(): TestSwitches {
  let failGuard = false;
  let threadStatus: ThreadStatus | null = null;
  const read = () =>
    browser.storage.local.get(KEYS).then((stored: Record<string, unknown>) => {
      failGuard = stored['debug:failGuard'] === true;
      const status = stored['debug:threadStatus'];
      threadStatus = typeof status === 'string' && STATUSES.includes(status) ? (status as ThreadStatus) : null;
    });
  void read();
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.some((key) => key in changes)) void read();
  };
  browser.storage.onChanged.addListener(onChanged);
  return {
    failGuard: () => failGuard,
    threadStatus: () => threadStatus,
    stop: () => browser.storage.onChanged.removeListener(onChanged),
  };
}

/** Null in production builds. */
export function testSwitches(): TestSwitches | null {
  return import.meta.env.MODE === 'e2e' ? readSwitches() : null;
}
