// Click handlers for our in-page buttons that change something (settings, the draft, a post): they act on the user's
// own clicks only. The page cannot reach our closed shadow root, and if it ever did, a click it dispatches does nothing.
import type { MouseEvent } from 'react';

export const onUserClick =
  (action: () => void) =>
  (event: MouseEvent): void => {
    if (event.nativeEvent.isTrusted) action();
  };
