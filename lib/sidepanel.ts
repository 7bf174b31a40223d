// Opens the side panel (Chrome sidePanel) or sidebar (Firefox sidebarAction) from a user gesture.
// Both browsers refuse without one, so callers must invoke this synchronously in their click handler.
import { browser } from 'wxt/browser';

type SidePanelApi = { open(options: { tabId?: number; windowId?: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

export function openSidePanel(target: { tabId?: number; windowId?: number }): Promise<boolean> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  try {
    if (api.sidePanel)
      return api.sidePanel.open(target).then(
        () => true,
        () => false,
      );
    if (api.sidebarAction)
      return api.sidebarAction.open().then(
        () => true,
        () => false,
      );
  } catch {
    // A browser without either API, or one that throws synchronously: the caller shows the manual way.
  }
  return Promise.resolve(false);
}
