import { randomUUID } from 'node:crypto';
import {
  CONTENT_TYPES,
  type CommuniqueInput,
  type ExportFormat,
  FILE_EXTENSIONS,
  renderCommunique,
  textFingerprint,
} from '@accord/communique';
import type { Finding } from '@accord/linter';
import { type DocStateEvent, delegationInfo, type TokenClaims } from '@accord/protocol';
import { AccordError } from '../errors';
import type { Storage } from '../storage/storage';
import type { DocumentService } from './document-service';
import { refusalGroups } from './export-refusals';
import { chainBrokenGroups, chainBrokenReason } from './integrity-check';

export interface ExportResult {
  bytes: Uint8Array;
  contentType: string;
  filename: string;
  exportId?: string;
  fingerprint?: string;
}

/** Why a final export is refused, in words a delegate can act on. */
function finalBlockers(s: DocStateEvent, errors: Finding[]): string[] {
  const reasons: string[] = [];
  if (s.clauses.length === 0) reasons.push('The statement has no clauses.');
  for (const b of s.blockers) {
    const where = `Clause ${b.index}`;
    switch (b.reason) {
      case 'bracket':
        reasons.push(`${where}: bracketed text still stands; remove the brackets once it is agreed.`);
        break;
      case 'objection':
        reasons.push(`${where}: ${b.party} objects${b.note ? ` ("${b.note}")` : ''}.`);
        break;
      case 'reserve':
        reasons.push(
          `${where}: ${b.party} holds a reserve (ad referendum) pending confirmation from capital.`,
        );
        break;
      case 'stale':
        reasons.push(`${where}: ${b.party}'s approval is stale; the text changed since it approved.`);
        break;
      case 'pending':
        reasons.push(`${where}: ${b.party} has not approved yet.`);
        break;
      default:
        if (b.reason !== 'no_clauses') reasons.push(`${where}: ${b.reason}.`);
    }
  }
  const byId = new Map(s.clauses.map((c) => [c.id, c.index]));
  for (const f of errors) {
    reasons.push(
      `Clause ${byId.get(f.clauseId) ?? '?'}: ${f.category} error under ${f.policy === 'ALL' ? 'the shared baseline policy' : `${f.policy}'s policy`}: ${f.message}`,
    );
  }
  return reasons;
}

/** Export options beyond format and final (api.md "Documents and export options"). */
export interface ExportOptions {
  /** The published text: no annex, no names. */
  public?: boolean;
  /** How the text was adopted (printed in the record's annex). */
  adoption?: string;
  /** Compilation text (drafts, #16): each clause's open amendments as lines, printed under it. */
  compilation?: ReadonlyMap<string, readonly string[]>;
}

export function createExportService(deps: {
  storage: Storage;
  docs: DocumentService;
  now: () => Date;
  /** Renders off the event loop under the export caps (server/src/exports); in-process without it. */
  render?: (caller: string, ...args: Parameters<typeof renderCommunique>) => Promise<Uint8Array>;
  /** How an adopted text was adopted (adoption-service.ts), for the record's annex. */
  adoptionNote?: (docId: string) => Promise<string | undefined>;
}) {
  const { storage, docs } = deps;

  return {
    async export(
      claims: TokenClaims,
      docId: string,
      format: ExportFormat,
      final: boolean,
      options: ExportOptions = {},
    ): Promise<ExportResult> {
      const m = await docs.metaForParty(claims, docId);
      // One read of the statement serves the gate, the agreement state and the rendering.
      const clauses = await docs.readClauses(docId);
      const s = await docs.state(docId, clauses);
      // Drafts count the standing lint errors for their banner; finals are refused while any stands.
      const errors = (await docs.lint(docId, clauses)).active.filter((f) => f.severity === 'error');
      if (final) {
        const reasons = finalBlockers(s, errors);
        // A record whose audit chain does not verify is never certified, whatever it says (api.md "Integrity").
        const chain =
          s.integrity === 'broken' ? chainBrokenReason((await docs.audit(docId)).verdict) : undefined;
        if (chain) {
          throw new AccordError('audit_chain_broken', chain.message, {
            reasons: [chain, ...reasons],
            groups: chainBrokenGroups(chain, s, errors),
          });
        }
        if (reasons.length > 0) {
          throw new AccordError('not_agreed', 'The final text cannot be exported yet.', {
            reasons,
            groups: refusalGroups(s, errors),
          });
        }
      }
      const adoption = options.adoption ?? (final ? await deps.adoptionNote?.(docId) : undefined);
      const now = deps.now();
      const input: CommuniqueInput = {
        mode: final ? 'final' : 'draft',
        title: m.title,
        parties: m.parties.map((code) => ({ code, name: delegationInfo(code).name })),
        place: m.place,
        date: now.toISOString().slice(0, 10),
        generatedAt: now.toISOString(),
        tlp: m.tlp,
        // The annex names the chain head the approvals above were read with (api.md "Integrity").
        ...(final && s.auditHead ? { chainHead: s.auditHead.entryHash } : {}),
        clauses: s.clauses.map((c) => ({
          id: c.id,
          index: c.index,
          text: c.text,
          hash: c.hash,
          brackets: (clauses.find((x) => x.id === c.id)?.brackets ?? []).map((b) => ({
            start: b.start,
            end: b.end,
            delegation: b.delegation,
          })),
          approvals: Object.entries(c.approvals).map(([party, a]) => ({ party, ...a })),
          ...(!final && options.compilation?.has(c.id)
            ? { amendments: [...(options.compilation.get(c.id) ?? [])] }
            : {}),
        })),
        ...(options.public ? { public: true } : {}),
        ...(errors.length > 0 ? { findings: errors.length } : {}),
        ...(adoption ? { adoption } : {}),
      };
      const bytes = deps.render
        ? await deps.render(claims.sub, input, format, { docId })
        : await renderCommunique(input, format, { docId });
      const stem =
        m.title
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 60) || 'communique';
      const result: ExportResult = {
        bytes,
        contentType: CONTENT_TYPES[format],
        filename: `${stem}${final ? '' : '-DRAFT'}.${FILE_EXTENSIONS[format]}`,
      };
      if (final) {
        const fingerprint = textFingerprint(input.clauses);
        const exportId = randomUUID();
        await storage.saveExport({
          id: exportId,
          docId,
          format,
          fingerprint,
          createdAt: input.generatedAt,
          createdBy: `${claims.name} (${claims.delegation})`,
          bytes,
        });
        await storage.commitChange(docId, {
          at: input.generatedAt,
          audit: {
            kind: 'export-final',
            actor: { sub: claims.sub, name: claims.name, delegation: claims.delegation },
            data: { exportId, format, fingerprint },
          },
        });
        return { ...result, exportId, fingerprint };
      }
      return result;
    },

    list: (docId: string) => storage.listExports(docId),

    async download(docId: string, exportId: string): Promise<ExportResult> {
      const e = await storage.getExport(docId, exportId);
      if (!e) throw new AccordError('not_found', `no export ${exportId}`);
      const format = e.format as ExportFormat;
      return {
        bytes: e.bytes,
        contentType: CONTENT_TYPES[format],
        filename: `communique-${e.id.slice(0, 8)}.${format}`,
        exportId: e.id,
        fingerprint: e.fingerprint,
      };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
