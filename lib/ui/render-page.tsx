// Mounts an extension page's React tree into #root.
import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

export function renderPage(node: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Listen First: #root is missing from this page');
  createRoot(container).render(<StrictMode>{node}</StrictMode>);
}
