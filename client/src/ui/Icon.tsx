/**
 * Bundled SVG icons (#19): nothing the UI relies on depends on an emoji or symbol font being
 * installed. Decorative (aria-hidden) where the text beside it says what it means; given a `label`,
 * an image with that name (an icon standing alone).
 */
export type IconName =
  | 'approved'
  | 'objection'
  | 'reserve'
  | 'pending'
  | 'stale'
  | 'eye'
  | 'comment'
  | 'lock'
  | 'hourglass'
  | 'menu'
  | 'bell'
  | 'suppressed'
  | 'warning'
  | 'chevron-down'
  | 'close';

const PATHS: Record<IconName, string> = {
  approved: 'M3.5 8.5l3 3 6-7',
  objection: 'M4 4l8 8M12 4l-8 8',
  reserve: 'M8 2.5a5.5 5.5 0 1 0 0 11zM8 2.5a5.5 5.5 0 1 1 0 11',
  pending: 'M8 2.5a5.5 5.5 0 1 0 0.01 0',
  stale: 'M12.5 6A5 5 0 1 0 13 9.5M12.5 2.5V6H9',
  eye: 'M1.5 8s2.5-4.5 6.5-4.5S14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8zM8 6a2 2 0 1 0 0.01 0',
  comment: 'M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z',
  lock: 'M4 7.5h8v6H4zM5.5 7.5V5.5a2.5 2.5 0 0 1 5 0v2',
  hourglass: 'M4.5 2h7M4.5 14h7M5 2c0 4 6 4 6 6s-6 2-6 6M11 2c0 4-6 4-6 6s6 2 6 6',
  menu: 'M2.5 4h11M2.5 8h11M2.5 12h11',
  bell: 'M4 11.5V7a4 4 0 0 1 8 0v4.5l1.2 1.2H2.8zM6.5 13.5a1.5 1.5 0 0 0 3 0',
  /** A finding accepted with a reason: a circle struck through. */
  suppressed: 'M8 2.5a5.5 5.5 0 1 0 0.01 0M4.2 4.2l7.6 7.6',
  warning: 'M8 2L14.5 13.5H1.5zM8 6.5v3.2M8 11.6v0.1',
  'chevron-down': 'M4 6l4 4 4-4',
  close: 'M4.5 4.5l7 7M11.5 4.5l-7 7',
};

export function Icon({
  name,
  size = 14,
  className,
  label,
}: {
  name: IconName;
  size?: number;
  className?: string;
  /** For an icon with no words beside it: it is then an image with this name. */
  label?: string;
}) {
  const filled = name === 'reserve';
  return (
    <svg
      className={`icon icon-${name}${className ? ` ${className}` : ''}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {filled ? (
        <>
          <circle cx="8" cy="8" r="5.5" />
          <path d="M8 2.5a5.5 5.5 0 0 0 0 11z" fill="currentColor" />
        </>
      ) : (
        <path d={PATHS[name]} />
      )}
    </svg>
  );
}
