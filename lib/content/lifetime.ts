// How long this content script runs: until the extension is reloaded, updated or removed (its runtime goes away).
// Our own, not WXT's context: WXT's ends on a message or DOM event that the page can forge (issue 12).
import { browser } from 'wxt/browser';

export class Lifetime {
  private readonly ends: (() => void)[] = [];
  private ended = false;

  /** False once the extension behind this script is gone; then everything registered with onEnd has run. */
  check(): boolean {
    if (!this.ended && browser.runtime?.id == null) this.end();
    return !this.ended;
  }

  onEnd(cleanup: () => void): void {
    if (this.ended) cleanup();
    else this.ends.push(cleanup);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    // Newest first, as they were set up; one failing cleanup must not keep the others from running.
    for (const cleanup of this.ends.reverse()) {
      try {
        cleanup();
      } catch (error) {
        console.warn('Listen First: cleanup failed', error);
      }
    }
    this.ends.length = 0;
  }
}
