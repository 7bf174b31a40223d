// Finds the tab the user is looking at and asks its content script what it knows.
// Needs no "tabs" permission: only the tab id is read, never its URL or title.
import { browser } from 'wxt/browser';
import { askTab, type PageStatus } from '../messaging';

export interface ActiveTab {
  tabId: number;
  windowId: number;
  status: PageStatus | null;
}

export async function queryActiveTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || tab.windowId === undefined) return null;
  return { tabId: tab.id, windowId: tab.windowId, status: await askTab(tab.id, { type: 'page:status' }) };
}
