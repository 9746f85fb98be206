import {
  type AuditEntryView,
  auditEntryViewSchema,
  type ClauseDiff,
  type ClauseHistoryEntry,
  type Comparison,
  clauseDiffSchema,
  clauseHistorySchema,
  comparisonSchema,
  type VersionView,
  versionListSchema,
  versionViewSchema,
} from '@accord/protocol';
import type { z } from 'zod';
import { apiRequest, filenameOf } from '../api/api-client';

/** The history routes of api.md ("History and versions") and the audit log, typed and validated. */
export class HistoryApi {
  constructor(
    private readonly token: string | null,
    private readonly base = '',
  ) {}

  private async get<S extends z.ZodType>(
    schema: S,
    path: string,
    method = 'GET',
    body?: unknown,
  ): Promise<z.infer<S>> {
    return schema.parse(await (await apiRequest(this.token, this.base, method, path, body)).json());
  }

  private doc(docId: string) {
    return `/api/docs/${encodeURIComponent(docId)}`;
  }

  clauseHistory(docId: string, clauseId: string): Promise<ClauseHistoryEntry[]> {
    return this.get(
      clauseHistorySchema,
      `${this.doc(docId)}/clauses/${encodeURIComponent(clauseId)}/history`,
    );
  }

  diff(docId: string, clauseId: string, from: string, to?: string): Promise<ClauseDiff> {
    const q = new URLSearchParams({ from });
    if (to) q.set('to', to);
    return this.get(clauseDiffSchema, `${this.doc(docId)}/clauses/${encodeURIComponent(clauseId)}/diff?${q}`);
  }

  listVersions(docId: string): Promise<VersionView[]> {
    return this.get(versionListSchema, `${this.doc(docId)}/versions`);
  }

  createVersion(docId: string, name: string): Promise<VersionView> {
    return this.get(versionViewSchema, `${this.doc(docId)}/versions`, 'POST', { name });
  }

  compare(docId: string, from: string, to: string): Promise<Comparison> {
    return this.get(comparisonSchema, `${this.doc(docId)}/compare?${new URLSearchParams({ from, to })}`);
  }

  audit(docId: string): Promise<AuditEntryView[]> {
    return this.get(auditEntryViewSchema.array(), `${this.doc(docId)}/audit`);
  }

  /** A stored version's export (`export?version=<id>&format=…`), as a file. */
  downloadVersion(docId: string, versionId: string, format: string) {
    return this.file(
      `${this.doc(docId)}/export?${new URLSearchParams({ format, version: versionId })}`,
      `version.${format}`,
    );
  }

  /** A comparison as a redline file (HTML or PDF). */
  downloadComparison(docId: string, from: string, to: string, format: 'html' | 'pdf') {
    return this.file(
      `${this.doc(docId)}/compare?${new URLSearchParams({ from, to, format })}`,
      `comparison.${format}`,
    );
  }

  private async file(path: string, fallback: string): Promise<{ blob: Blob; filename: string }> {
    const res = await apiRequest(this.token, this.base, 'GET', path);
    return { blob: await res.blob(), filename: filenameOf(res, fallback) };
  }
}
