import { delegationInfo, type PartyApprovalView } from '@accord/protocol';
import type { IconName } from '../ui/Icon';

export type ChipKind = 'approved' | 'objection' | 'reserve' | 'pending' | 'stale';

export interface ChipView {
  party: string;
  kind: ChipKind;
  /** The bundled SVG icon shown on the chip beside the party code (never colour alone, never a font glyph). */
  icon: IconName;
  word: string;
  /** Full sentence for hover (title) and screen readers (aria-label). */
  description: string;
}

const ICONS: Record<ChipKind, IconName> = {
  approved: 'approved',
  objection: 'objection',
  reserve: 'reserve',
  pending: 'pending',
  stale: 'stale',
};

const WORDS: Record<ChipKind, string> = {
  approved: 'approved',
  objection: 'objection',
  reserve: 'ad ref.',
  pending: 'pending',
  stale: 'stale',
};

const STATE_PHRASE: Record<PartyApprovalView['state'], string> = {
  approved: 'approved',
  objection: 'objected',
  reserve: 'reserved (ad referendum)',
  pending: 'marked pending',
};

/** Derives what one party's chip on one clause says, from the live channel's view of its approval. */
export function chipFor(
  party: string,
  view: PartyApprovalView | undefined,
  formatAt: (iso: string) => string,
): ChipView {
  const who = `${delegationInfo(party).name} (${party})`;
  if (!view)
    return {
      party,
      kind: 'pending',
      icon: ICONS.pending,
      word: WORDS.pending,
      description: `${who}: pending`,
    };
  const by = view.by ? ` by ${view.by}` : '';
  const at = view.at ? `, ${formatAt(view.at)}` : '';
  const note = view.note ? ` — “${view.note}”` : '';
  if (view.stale) {
    const earlier = STATE_PHRASE[view.recordedState ?? view.state];
    return {
      party,
      kind: 'stale',
      icon: ICONS.stale,
      word: WORDS.stale,
      description: `${who}: ${earlier}${by}${at} — the text changed since; counts as pending`,
    };
  }
  const kind: ChipKind = view.state;
  const description =
    kind === 'pending' && !view.by
      ? `${who}: pending`
      : `${who}: ${STATE_PHRASE[view.state]}${by}${at}${note}`;
  return { party, kind, icon: ICONS[kind], word: WORDS[kind], description };
}
