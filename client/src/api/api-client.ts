import {
  type ApprovalRequest,
  type ApprovalResult,
  approvalResultSchema,
  type CreateDocumentRequest,
  type SuppressionRemovalRequest,
  type SuppressionRequest,
  type SuppressionView,
  suppressionViewSchema,
} from '@accord/protocol';
import type { z } from 'zod';

import {
  type DocListItem,
  type DocMeta,
  docCreatedSchema,
  docListItemSchema,
  docMetaSchema,
  errorBodySchema,
  type InviteLink,
  inviteLinkSchema,
  type RedeemResult,
  redeemResultSchema,
} from './schemas';

/** A refused request: `code` is the server's machine-readable code; `reasons` explain a refused final export. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly reasons: string[] = [],
    /** The parsed error body, for callers that read more of it (e.g. refusal `groups`). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function errorFrom(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // A non-JSON error page (proxy, crash): the status alone has to do.
    return new ApiError(res.status, `http_${res.status}`, `${res.status} ${res.statusText}`);
  }
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success)
    return new ApiError(res.status, `http_${res.status}`, `${res.status} ${res.statusText}`);
  const { error } = parsed.data;
  const reasons = (parsed.data.reasons ?? []).map((r) =>
    typeof r === 'string' ? r : String((r as { message?: unknown }).message ?? JSON.stringify(r)),
  );
  const code = typeof error === 'object' ? error.code : (error ?? `http_${res.status}`);
  const message = typeof error === 'object' ? error.message : reasons.join('; ') || `${res.status}`;
  return new ApiError(res.status, code, message, reasons, body);
}

/**
 * One authenticated call to the REST API: bearer token, JSON body, and a refusal turned into an
 * {@link ApiError} with the server's code and message. Every client of the API goes through it.
 */
export async function apiRequest(
  token: string | null,
  base: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw await errorFrom(res);
  return res;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

export function filenameOf(res: Response, fallback: string): string {
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

/** The REST API of api.md, typed, with every answer validated. */
export class ApiClient {
  constructor(
    private readonly token: string | null,
    private readonly base = '',
  ) {}

  private request(method: string, path: string, body?: unknown): Promise<Response> {
    return apiRequest(this.token, this.base, method, path, body);
  }

  private async json<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const res = await this.request(method, path, body);
    return schema.parse(await res.json());
  }

  listDocs(): Promise<DocListItem[]> {
    return this.json(docListItemSchema.array(), 'GET', '/api/docs');
  }

  getDoc(id: string): Promise<DocMeta> {
    return this.json(docMetaSchema, 'GET', `/api/docs/${encodeURIComponent(id)}`);
  }

  createDoc(req: CreateDocumentRequest) {
    return this.json(docCreatedSchema, 'POST', '/api/docs', req);
  }

  redeemInvite(invite: string, name: string): Promise<RedeemResult> {
    return this.json(redeemResultSchema, 'POST', '/api/invites/redeem', { invite, name });
  }

  createInvite(
    docId: string,
    delegation: string,
    role: 'drafter' | 'penholder' | 'observer',
  ): Promise<InviteLink> {
    return this.json(inviteLinkSchema, 'POST', `/api/docs/${encodeURIComponent(docId)}/invites`, {
      delegation,
      role,
    });
  }

  approve(docId: string, clauseId: string, body: ApprovalRequest): Promise<ApprovalResult> {
    return this.json(
      approvalResultSchema,
      'POST',
      `/api/docs/${encodeURIComponent(docId)}/clauses/${encodeURIComponent(clauseId)}/approval`,
      body,
    );
  }

  suppress(docId: string, body: SuppressionRequest): Promise<SuppressionView> {
    return this.json(
      suppressionViewSchema,
      'POST',
      `/api/docs/${encodeURIComponent(docId)}/suppressions`,
      body,
    );
  }

  /** Un-suppress (#19): the finding stands again; `reason` is kept in the audit entry. */
  unsuppress(docId: string, suppressionId: string, reason?: string): Promise<SuppressionView> {
    return this.json(
      suppressionViewSchema,
      'DELETE',
      `/api/docs/${encodeURIComponent(docId)}/suppressions/${encodeURIComponent(suppressionId)}`,
      reason ? ({ reason } satisfies SuppressionRemovalRequest) : undefined,
    );
  }

  async download(docId: string, format: string, final: boolean): Promise<DownloadedFile> {
    const query = new URLSearchParams({ format });
    if (final) query.set('final', '1');
    const res = await this.request('GET', `/api/docs/${encodeURIComponent(docId)}/export?${query}`);
    return { blob: await res.blob(), filename: filenameOf(res, `statement.${format}`) };
  }
}
