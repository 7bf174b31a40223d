// How far an import or export has come, reported between chunks so the page can draw a bar, and how a Cancel
// reaches the work: an AbortSignal checked between chunks (and, while writing, aborting the one transaction).

/** checking: the file's records against the schema; writing: into the database; reading: out of it for an export. */
export type TransferPhase = 'checking' | 'writing' | 'reading';

export interface TransferProgress {
  phase: TransferPhase;
  done: number;
  total: number;
}

export interface TransferControl {
  onProgress?: (progress: TransferProgress) => void;
  signal?: AbortSignal;
}

/** Thrown (and turned into a "cancelled" outcome) when the user cancels: nothing was written. */
export class TransferCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'TransferCancelled';
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new TransferCancelled();
}

/**
 * Lets the page paint the bar and take a click on Cancel between chunks of work done outside a transaction. A
 * MessageChannel task, not setTimeout: timers are clamped to a second in a tab that is not in front.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
