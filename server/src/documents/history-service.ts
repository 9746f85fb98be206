import { type AuditInput, canEdit } from '@accord/approvals';
import {
  CONTENT_TYPES,
  type CommuniqueInput,
  type ExportFormat,
  renderCommunique,
  renderRedlineHtml,
  renderRedlinePdf,
} from '@accord/communique';
import {
  type AttributedOp,
  attributedDiff,
  type ClauseSnapshot,
  compareClauses,
  type Revision,
  wordDiff,
} from '@accord/history';
import {
  type ClauseDiff,
  type ClauseHistoryEntry,
  type Comparison,
  type DiffQuery,
  delegationInfo,
  type TokenClaims,
  type VersionView,
} from '@accord/protocol';
import type { ClauseView } from '@accord/statement';
import { AccordError } from '../errors';
import type { StoredVersion, VersionClause, VersionListing } from '../storage/history';
import type { Storage } from '../storage/storage';
import { actorOf, type DocumentService } from './document-service';
import type { ExportResult } from './export-service';
import type { HistoryRecorder } from './history-recorder';

export interface HistoryServiceDeps {
  storage: Storage;
  docs: DocumentService;
  recorder: HistoryRecorder;
  now: () => Date;
  newId: () => string;
  /** Renders off the event loop under the export caps; in-process without it. */
  render?: (caller: string, ...args: Parameters<typeof renderCommunique>) => Promise<Uint8Array>;
  /** Renders a comparison's PDF redline the same way (export pool, caps); in-process without it. */
  renderRedlinePdf?: (caller: string, ...args: Parameters<typeof renderRedlinePdf>) => Promise<Uint8Array>;
}

const author = (c: TokenClaims) => ({ delegation: c.delegation, name: c.name });
const auditActor = (c: TokenClaims) => ({ sub: c.sub, name: c.name, delegation: c.delegation });

const versionView = (v: VersionListing | StoredVersion): VersionView => ({
  id: v.id,
  name: v.name,
  at: v.at,
  by: { delegation: v.by.delegation, name: v.by.name },
  clauseCount: 'clauseCount' in v ? v.clauseCount : v.clauses.length,
});

const frozen = (clauses: readonly ClauseView[]): VersionClause[] =>
  clauses.map((c) => ({
    id: c.id,
    text: c.text,
    hash: c.hash,
    brackets: c.brackets.map((b) => ({ start: b.start, end: b.end, delegation: b.delegation })),
  }));

/** Clause history, diffs, named versions and their comparison: the REST use-cases of #15. */
export function createHistoryService(d: HistoryServiceDeps) {
  /** The live clauses, once every batch applied so far has its revision stored. */
  async function settledClauses(docId: string): Promise<ClauseView[]> {
    const clauses = await d.docs.readClauses(docId);
    await d.recorder.settled(docId);
    return clauses;
  }

  async function versionOf(docId: string, versionId: string): Promise<StoredVersion> {
    const v = await d.storage.getVersion(docId, versionId);
    if (!v) throw new AccordError('not_found', `no version ${versionId}`);
    return v;
  }

  async function side(docId: string, ref: string): Promise<ClauseSnapshot[]> {
    if (ref === 'current')
      return (await settledClauses(docId)).map(({ id, text, hash }) => ({ id, text, hash }));
    return (await versionOf(docId, ref)).clauses;
  }

  /** Two versions (or a version and `current`) compared clause by clause (HI7, HI8). */
  async function compare(claims: TokenClaims, docId: string, from: string, to: string): Promise<Comparison> {
    await d.docs.metaForParty(claims, docId);
    const a = await side(docId, from);
    const b = await side(docId, to);
    const texts = new Map([...a, ...b].map((c) => [c.id, c.text]));
    const toTexts = new Map(b.map((c) => [c.id, c.text]));
    const fromHash = new Map(a.map((c) => [c.id, c.hash]));
    const toHash = new Map(b.map((c) => [c.id, c.hash]));
    const clauses = await Promise.all(
      compareClauses(a, b).map(async (c) => ({
        ...c,
        ...(c.change === 'changed'
          ? { ops: (await attributed(docId, c.id, fromHash.get(c.id)!, toHash.get(c.id)!)) ?? c.ops }
          : {}),
        text: toTexts.get(c.id) ?? texts.get(c.id) ?? '',
      })),
    );
    return { from, to, clauses };
  }

  /** The clause's diff between two of its texts with who made each change, when its history has both in order. */
  async function attributed(docId: string, clauseId: string, from: string, to: string) {
    const revisions = await d.storage.clauseRevisions(docId, clauseId);
    const toIndex = revisions.findLastIndex((r) => r.hash === to);
    const fromIndex = revisions.slice(0, toIndex + 1).findLastIndex((r) => r.hash === from);
    return toIndex >= 0 && fromIndex >= 0
      ? attributedDiff(revisions.slice(fromIndex, toIndex + 1))
      : undefined;
  }

  return {
    /** Every stored text of the clause, oldest first, starting with its text at creation. */
    async clauseHistory(claims: TokenClaims, docId: string, clauseId: string): Promise<ClauseHistoryEntry[]> {
      const m = await d.docs.metaForParty(claims, docId);
      const clauses = await settledClauses(docId);
      const revisions = await d.storage.clauseRevisions(docId, clauseId);
      const current = clauses.find((c) => c.id === clauseId);
      if (revisions.length === 0 && !current) throw new AccordError('not_found', `no clause ${clauseId}`);
      if (revisions.length === 0 && current) {
        // Stored before creation recorded history and never edited since: its text is the one
        // at creation (reads never write, so it is answered, not stored).
        const created = (await d.storage.audit(docId)).find((e) => e.kind === 'document-created');
        const by = created ? [{ delegation: created.actor.delegation, name: created.actor.name }] : [];
        return [{ at: m.createdAt, text: current.text, hash: current.hash, by }];
      }
      return revisions.map((r) => ({ at: r.at, text: r.text, hash: r.hash, by: r.by }));
    },

    /**
     * The word diff between two stored texts of a clause (`to` defaults to the current text), each
     * insertion and deletion marked with who made it when `from` precedes `to` in its history.
     */
    async diff(claims: TokenClaims, docId: string, clauseId: string, q: DiffQuery): Promise<ClauseDiff> {
      await d.docs.metaForParty(claims, docId);
      const clauses = await settledClauses(docId);
      const current = clauses.find((c) => c.id === clauseId);
      const revisions: Revision[] = await d.storage.clauseRevisions(docId, clauseId);
      if (revisions.length === 0 && !current) throw new AccordError('not_found', `no clause ${clauseId}`);
      if (current && revisions.at(-1)?.hash !== current.hash) {
        revisions.push({ at: d.now().toISOString(), text: current.text, hash: current.hash, by: [] });
      }
      let fromHash = q.from;
      let decision: ClauseDiff['decision'];
      if (q.from.startsWith('approval:')) {
        const party = q.from.slice('approval:'.length);
        const record = (await d.storage.approvals(docId)).find(
          (a) => a.clauseId === clauseId && a.party === party,
        );
        if (!record) throw new AccordError('not_found', `${party} has not decided on clause ${clauseId}`);
        fromHash = record.hash;
        decision = {
          party,
          state: record.state,
          by: record.by,
          at: record.at,
          stale: record.hash !== current?.hash,
        };
      }
      const toHash = q.to ?? current?.hash;
      if (!toHash) throw new AccordError('not_found', `clause ${clauseId} no longer exists; name a to hash`);
      const toIndex = revisions.findLastIndex((r) => r.hash === toHash);
      if (toIndex < 0) throw new AccordError('not_found', `clause ${clauseId} never read ${toHash}`);
      const before = revisions.slice(0, toIndex + 1).findLastIndex((r) => r.hash === fromHash);
      let ops: AttributedOp[];
      if (before >= 0) ops = attributedDiff(revisions.slice(before, toIndex + 1));
      else {
        const later = revisions.find((r) => r.hash === fromHash);
        if (!later) throw new AccordError('not_found', `clause ${clauseId} never read ${fromHash}`);
        ops = wordDiff(later.text, revisions[toIndex]!.text);
      }
      return { from: fromHash, to: toHash, ops, ...(decision ? { decision } : {}) };
    },

    /** A drafter freezes the whole statement under a name (audited). */
    async createVersion(claims: TokenClaims, docId: string, name: string): Promise<VersionView> {
      const m = await d.docs.metaForParty(claims, docId);
      if (!canEdit(actorOf(claims))) throw new AccordError('forbidden', 'observers cannot create versions');
      const clauses = await d.docs.readClauses(docId);
      const version: StoredVersion = {
        id: d.newId(),
        docId,
        name,
        at: d.now().toISOString(),
        by: { ...author(claims), sub: claims.sub },
        title: m.title,
        clauses: frozen(clauses),
      };
      const audit: AuditInput = {
        kind: 'version-created',
        actor: auditActor(claims),
        data: { versionId: version.id, name, clauses: clauses.length },
      };
      await d.storage.createVersion(version, audit);
      return versionView(version);
    },

    async listVersions(claims: TokenClaims, docId: string): Promise<VersionView[]> {
      await d.docs.metaForParty(claims, docId);
      return (await d.storage.listVersions(docId)).map(versionView);
    },

    compare,

    /** A comparison rendered as a redline (HTML or PDF), audited as an export. */
    async exportComparison(
      claims: TokenClaims,
      docId: string,
      from: string,
      to: string,
      format: 'html' | 'pdf',
    ): Promise<ExportResult> {
      const m = await d.docs.metaForParty(claims, docId);
      const name = async (ref: string) =>
        ref === 'current' ? 'the current text' : `“${(await versionOf(docId, ref)).name}”`;
      const comparison = await compare(claims, docId, from, to);
      const generatedAt = d.now().toISOString();
      const input = {
        title: m.title,
        from: await name(from),
        to: await name(to),
        generatedAt,
        clauses: comparison.clauses.map((c) => ({
          change: c.change,
          text: c.text ?? '',
          ...(c.moved ? { moved: true } : {}),
          ...(c.ops ? { ops: c.ops } : {}),
        })),
      };
      const bytes =
        format === 'html'
          ? renderRedlineHtml(input)
          : d.renderRedlinePdf
            ? await d.renderRedlinePdf(claims.sub, input)
            : await renderRedlinePdf(input);
      await d.storage.commitChange(docId, {
        at: generatedAt,
        audit: {
          kind: 'export',
          actor: auditActor(claims),
          data: { format, compareFrom: from, compareTo: to },
        },
      });
      const stem =
        m.title
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 60) || 'statement';
      return { bytes, contentType: CONTENT_TYPES[format], filename: `${stem}-comparison.${format}` };
    },

    /** A stored version rendered as a draft communiqué (audited as an export). */
    async exportVersion(
      claims: TokenClaims,
      docId: string,
      versionId: string,
      format: ExportFormat,
    ): Promise<ExportResult> {
      const m = await d.docs.metaForParty(claims, docId);
      const v = await versionOf(docId, versionId);
      const now = d.now();
      const input: CommuniqueInput = {
        mode: 'draft',
        title: `${v.title} — ${v.name}`,
        parties: m.parties.map((code) => ({ code, name: delegationInfo(code).name })),
        place: m.place,
        date: v.at.slice(0, 10),
        generatedAt: now.toISOString(),
        tlp: m.tlp,
        clauses: v.clauses.map((c, i) => ({
          id: c.id,
          index: i + 1,
          text: c.text,
          hash: c.hash,
          brackets: c.brackets ?? [],
          approvals: [],
        })),
      };
      const bytes = d.render
        ? await d.render(claims.sub, input, format)
        : await renderCommunique(input, format);
      await d.storage.commitChange(docId, {
        at: input.generatedAt,
        audit: {
          kind: 'export',
          actor: auditActor(claims),
          data: { format, versionId: v.id, version: v.name },
        },
      });
      const stem =
        v.name
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 60) || 'version';
      return { bytes, contentType: CONTENT_TYPES[format], filename: `${stem}-DRAFT.${format}` };
    },
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
