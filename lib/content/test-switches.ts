// Switches the end-to-end tests flip to prove failure paths (a guard that throws must let the post through). They exist only in builds made with `wxt build --mode e2e`: in production MODE is a
// constant and all of this is dropped, which a test checks on the built bundles (e2e/manifest.spec.ts).
import { browser } from 'wxt/browser';

export interface TestSwitches {
  failGuard(): boolean;
  stop(): void;
}

const KEYS = ['debug:failGuard'];

function readSwitches(): TestSwitches {
  let failGuard = false;
  const read = () =>
    browser.storage.local.get(KEYS).then((stored: Record<string, unknown>) => {
      failGuard = stored['debug:failGuard'] === true;
    });
  void read();
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.some((key) => key in changes)) void read();
  };
  browser.storage.onChanged.addListener(onChanged);
  return {
    failGuard: () => failGuard,
    stop: () => browser.storage.onChanged.removeListener(onChanged),
  };
}

/** Null in production builds. */
export function testSwitches(): TestSwitches | null {
  return import.meta.env.MODE === 'e2e' ? readSwitches() : null;
}
