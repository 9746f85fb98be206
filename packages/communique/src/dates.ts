const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "2026-11-25" → "25 November 2026" (the diplomatic day-month-year order, locale-independent). */
export function formatLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** An ISO date-time → "2026-11-25 14:03 UTC", so every reader sees the same instant. */
export function formatUtc(isoDateTime: string): string {
  const d = new Date(isoDateTime);
  if (Number.isNaN(d.getTime())) return isoDateTime;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Midnight UTC of the communiqué's date: the fixed creation date that keeps exports reproducible. */
export function creationInstant(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}
