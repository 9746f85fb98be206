import { clauseStanding } from './agreement';
import { creationInstant, formatLongDate, formatUtc } from './dates';
import { textFingerprint } from './fingerprint';
import { type CommuniqueApproval, type CommuniqueInput, communiqueInputSchema } from './input';
import { oneLine, plainText, strictestTlp, tlpMarkingsIn } from './neutralise';
import { type Run, splitRuns } from './runs';
import { type TlpMarking, tlpMarking } from './tlp';

export interface CommuniqueParagraph {
  /** 1-based number as printed ("1."). */
  number: number;
  clauseId: string;
  agreed: boolean;
  runs: Run[];
  /** Who still holds the clause up (draft only); null when agreed or final. */
  note: string | null;
  /** Compilation text (draft only, CQ23): each open amendment's line, printed under the clause. */
  amendments?: string[];
}

export interface AnnexApproval {
  party: string;
  partyName: string;
  state: CommuniqueApproval['state'];
  stale: boolean;
  by: string;
  /** UTC, "2026-11-25 14:03 UTC"; empty when the party never recorded a state. */
  at: string;
  note: string;
}

export interface AnnexEntry {
  number: number;
  clauseId: string;
  /** Full SHA-256 hex of the clause's normalised text, as recorded by the approvals. */
  hash: string;
  approvals: AnnexApproval[];
}

export interface CommuniqueAnnex {
  heading: 'Record of approval';
  intro: string;
  entries: AnnexEntry[];
  /** "Fingerprint (SHA-256): <hex>" */
  fingerprintLine: string;
  /** "Audit chain head: <hash>" when the export input named it. */
  chainHeadLine: string | null;
  /** How the text was adopted (e.g. under silence procedure), when known. */
  adoptionLine: string | null;
}

/** The one rendering model every format is drawn from. */
export interface Communique {
  mode: 'draft' | 'final';
  /** The published text: no annex, no notes, no negotiators' names (CQ18). */
  publicText: boolean;
  meta: {
    title: string;
    subject: string;
    keywords: string[];
    /** ISO date-time of midnight UTC on the communiqué's date; fixed so exports are reproducible. */
    creationDate: string;
    generatedAt: string;
    language: 'en';
  };
  marking: {
    draft: boolean;
    watermark: 'DRAFT' | null;
    tlp: TlpMarking;
    /** "Unresolved policy findings (3)" on every page of a draft with lint errors, else null (CQ19). */
    findings: string | null;
  };
  header: { title: string; issuedBy: string; placeAndDate: string };
  paragraphs: CommuniqueParagraph[];
  signatories: { closing: string; parties: { code: string; name: string; line: string }[] };
  annex: CommuniqueAnnex | null;
  fingerprint: string;
  /** Printed at the top of every page. */
  pageHeader: string;
  /** Printed at the foot of every page (final: carries the fingerprint). */
  pageFooter: string;
}

/** Validates the input (throws a ZodError on malformed input) and lays out the communiqué. */
export function buildCommunique(input: CommuniqueInput): Communique {
  const data = communiqueInputSchema.parse(input);
  const draft = data.mode === 'draft';
  const publicText = data.public === true;
  const clauses = [...data.clauses].sort((a, b) => a.index - b.index);
  // The label is the strictest of the document's level and any marking written in its text (CQ17).
  const tlp = tlpMarking(
    strictestTlp([data.tlp, ...tlpMarkingsIn(data.title), ...clauses.flatMap((c) => tlpMarkingsIn(c.text))]),
  );
  const findings = draft && (data.findings ?? 0) > 0 ? `Unresolved policy findings (${data.findings})` : null;
  const fingerprint = textFingerprint(clauses);
  const parties = data.parties.map((p) => ({ code: plainText(p.code), name: plainText(p.name) }));
  const names = parties.map((p) => p.name);
  const longDate = formatLongDate(data.date);
  const place = plainText(data.place);
  const title = plainText(data.title);

  const paragraphs = clauses.map((clause, position): CommuniqueParagraph => {
    if (!draft) {
      return {
        number: position + 1,
        clauseId: clause.id,
        agreed: true,
        runs: tidy([{ kind: 'text', text: clause.text }]),
        note: null,
      };
    }
    const standing = clauseStanding(clause, data.parties);
    const runs = tidy(splitRuns(clause.text, clause.brackets));
    return {
      number: position + 1,
      clauseId: clause.id,
      agreed: standing.agreed,
      runs: standing.agreed ? runs : [{ kind: 'wrap', text: '[' }, ...runs, { kind: 'wrap', text: ']' }],
      note: publicText || standing.note === null ? null : plainText(standing.note),
      ...(!publicText && clause.amendments?.length ? { amendments: clause.amendments.map(plainText) } : {}),
    };
  });

  const annex: CommuniqueAnnex | null =
    draft || publicText
      ? null
      : {
          heading: 'Record of approval',
          intro:
            'This annex is the record of how the text was agreed and is not part of the communiqué. ' +
            'Each paragraph was approved by every party on the text whose SHA-256 hash is shown ' +
            '(Unicode NFC, whitespace runs collapsed to one space, trimmed). The fingerprint covers the ' +
            'whole numbered text in its canonical form: one line per paragraph, "<number>. <text>" with ' +
            'the text normalised as above, lines joined by a single line feed, hashed as UTF-8 with SHA-256.',
          entries: clauses.map((clause, position) => ({
            number: position + 1,
            clauseId: clause.id,
            hash: clause.hash,
            approvals: data.parties.map((party, k): AnnexApproval => {
              const a = clause.approvals.find((x) => x.party === party.code);
              return {
                party: parties[k]?.code ?? '',
                partyName: parties[k]?.name ?? '',
                state: a?.state ?? 'pending',
                stale: a?.stale ?? false,
                by: plainText(a?.by ?? ''),
                at: a?.at ? formatUtc(a.at) : '',
                note: plainText(a?.note ?? ''),
              };
            }),
          })),
          fingerprintLine: `Fingerprint (SHA-256): ${fingerprint}`,
          chainHeadLine: data.chainHead ? `Audit chain head: ${plainText(data.chainHead)}` : null,
          adoptionLine: data.adoption ? plainText(data.adoption) : null,
        };

  const generated = formatUtc(data.generatedAt);
  const header = [tlp.label, draft ? 'DRAFT' : null, findings].filter((x) => x !== null).join(' · ');
  return {
    mode: data.mode,
    publicText,
    meta: {
      title,
      subject: draft ? `Draft joint statement — ${tlp.label}` : `Joint statement — ${tlp.label}`,
      keywords: [...parties.map((p) => p.code), tlp.label, draft ? 'DRAFT' : 'FINAL'],
      creationDate: creationInstant(data.date).toISOString(),
      generatedAt: data.generatedAt,
      language: 'en',
    },
    marking: { draft, watermark: draft ? 'DRAFT' : null, tlp, findings },
    header: {
      title,
      issuedBy: `Issued by ${joinNames(names)}`,
      placeAndDate: place ? `${place}, ${longDate}` : longDate,
    },
    paragraphs,
    signatories: {
      closing: place ? `Done at ${place} on ${longDate}.` : `Done on ${longDate}.`,
      parties: parties.map((p) => ({ code: p.code, name: p.name, line: `For ${p.name}` })),
    },
    annex,
    fingerprint,
    pageHeader: header,
    pageFooter: draft
      ? `${tlp.label} · DRAFT — not agreed text${findings ? ` · ${findings}` : ''} · generated ${generated}`
      : `${tlp.label} · Fingerprint (SHA-256): ${fingerprint}`,
  };
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Display form of the runs: NFC and single spaces, like the hashed text, so a line break typed
 * inside a clause cannot break a numbered paragraph apart in Markdown.
 */
function tidy(runs: Run[]): Run[] {
  const out = runs.map((r): Run => (r.kind === 'wrap' ? r : { ...r, text: oneLine(r.text) }));
  const first = out[0];
  if (first && first.kind !== 'wrap') out[0] = { ...first, text: first.text.trimStart() };
  const last = out.at(-1);
  if (last && last.kind !== 'wrap') out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out.filter((r) => r.kind === 'wrap' || r.text !== '');
}
