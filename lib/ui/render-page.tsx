// Mounts an extension page's React tree into #root, inside an error boundary: if drawing fails (bad stored data, a
// bug), the page shows what happened and a way out instead of staying blank.
import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { PageError } from './page-error';

export interface RenderOptions {
  /** The page shows stored history: its error screen also links to the settings, where the history can be deleted. */
  historyWayOut?: boolean;
}

export function renderPage(node: ReactNode, options: RenderOptions = {}): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Listen First: #root is missing from this page');
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <PageError error={error} historyWayOut={options.historyWayOut ?? false} />}>
        {node}
      </ErrorBoundary>
    </StrictMode>,
  );
}
