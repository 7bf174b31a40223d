// Catches an error thrown while drawing anything below it and shows `fallback` instead, so bad stored data or a bug
// never leaves a blank page. A class because React offers error boundaries only as class components.
import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  children: ReactNode;
  fallback: (error: unknown) => ReactNode;
}

/** `caught` is separate from `error`: code can throw null or undefined too. */
type State = { caught: false } | { caught: true; error: unknown };

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { caught: false };

  static getDerivedStateFromError(error: unknown): State {
    return { caught: true, error };
  }

  override render(): ReactNode {
    return this.state.caught ? this.props.fallback(this.state.error) : this.props.children;
  }
}
