import { useId } from 'react';

export const TLP_CHOICES = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type TlpChoice = (typeof TLP_CHOICES)[number];

/** TLP and place of a new document (POST /api/docs takes both; the place ends "Done at …"). */
export function TlpPlaceFields({
  tlp,
  place,
  onTlp,
  onPlace,
}: {
  tlp: TlpChoice;
  place: string;
  onTlp(tlp: TlpChoice): void;
  onPlace(place: string): void;
}) {
  const tlpId = useId();
  const placeId = useId();
  return (
    <>
      <label htmlFor={placeId}>Place (optional — “Done at …”)</label>
      <input id={placeId} value={place} onChange={(e) => onPlace(e.target.value)} maxLength={200} />
      <label htmlFor={tlpId}>TLP</label>
      <select id={tlpId} value={tlp} onChange={(e) => onTlp(e.target.value as TlpChoice)}>
        {TLP_CHOICES.map((l) => (
          <option key={l} value={l}>
            TLP:{l}
          </option>
        ))}
      </select>
    </>
  );
}

/** "Adopted", "Agreed", "Drafting", and the caller's pending decisions, for the document list. */
export function DocStatusChips({ status, myPending }: { status?: string; myPending?: number }) {
  return (
    <>
      {status && (
        <span className={`doc-status doc-status-${status}`} data-testid="doc-status">
          {status === 'adopted' ? 'Adopted' : status === 'agreed' ? 'Agreed' : 'Drafting'}
        </span>
      )}
      {myPending !== undefined && myPending > 0 && (
        <span className="doc-pending" data-testid="doc-pending">
          {myPending} pending for you
        </span>
      )}
    </>
  );
}
