import type { ReactNode } from 'react';
import { friendlyMessage } from './friendly-error';

/** An error announced to assistive technology as it appears; renders nothing without one. */
export function ErrorText({ error, prefix }: { error: string | null | undefined; prefix?: ReactNode }) {
  if (!error) return null;
  return (
    <p className="error-text" role="alert">
      {prefix}
      {friendlyMessage(error)}
    </p>
  );
}
