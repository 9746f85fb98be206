import { Component, type ReactNode } from 'react';
import { friendlyError } from './friendly-error';

interface State {
  error: unknown;
}

/**
 * A part of the page that failed to load or render (a panel's code that never arrived, #19) says so
 * in words, and how to get it back, instead of taking the whole workspace down with it.
 */
export class PanelErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown): void {
    console.error('a panel failed to load or render:', error);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-text small" role="alert" data-testid="panel-error">
        This part of the page could not be loaded. {friendlyError(this.state.error)}{' '}
        <button type="button" className="link-button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
