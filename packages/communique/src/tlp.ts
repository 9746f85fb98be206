import type { Tlp } from './input';

export interface TlpMarking {
  level: Tlp;
  /** The label exactly as FIRST's TLP 2.0 standard writes it, e.g. "TLP:AMBER+STRICT". */
  label: string;
  /** Text colour (hex, no "#") on a black background, from the standard's colour table. */
  color: string;
}

const COLORS: Record<Tlp, string> = {
  RED: 'FF2B2B',
  'AMBER+STRICT': 'FFC000',
  AMBER: 'FFC000',
  GREEN: '33FF00',
  CLEAR: 'FFFFFF',
};

export function tlpMarking(level: Tlp): TlpMarking {
  return { level, label: `TLP:${level}`, color: COLORS[level] };
}
