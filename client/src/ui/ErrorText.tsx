import type { ReactNode } from 'react';
import { friendlyMessage } from './friendly-error';

/**
 * An error announced to assistive technology as it appears, in words for people (friendly-error);
 * renders nothing without one. Every panel shows its errors through it (#19).
 */
export function ErrorText({
  error,
  prefix,
  className = 'error-text',
}: {
  error: string | null | undefined;
  prefix?: ReactNode;
  /** The panel's own error style ("error-text small", "error"). */
  className?: string;
}) {
  if (!error) return null;
  return (
    <p className={className} role="alert">
      {prefix}
      {friendlyMessage(error)}
    </p>
  );
}
