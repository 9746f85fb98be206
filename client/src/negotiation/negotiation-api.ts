import {
  type AmendmentView,
  amendmentListSchema,
  amendmentViewSchema,
  type CommentAnchorView,
  type CommentView,
  commentListSchema,
  commentViewSchema,
} from '@accord/protocol';
import type { z } from 'zod';
import { apiRequest } from '../api/api-client';

/** The comment and amendment routes of api.md ("Comments", "Amendments"), typed and validated. */
export class NegotiationApi {
  constructor(
    private readonly token: string | null,
    private readonly base = '',
  ) {}

  private async call<S extends z.ZodType>(schema: S, path: string, body?: unknown): Promise<z.infer<S>> {
    const method = body === undefined ? 'GET' : 'POST';
    return schema.parse(await (await apiRequest(this.token, this.base, method, path, body)).json());
  }

  private doc(docId: string) {
    return `/api/docs/${encodeURIComponent(docId)}`;
  }

  comments(docId: string): Promise<CommentView[]> {
    return this.call(commentListSchema, `${this.doc(docId)}/comments`);
  }

  comment(
    docId: string,
    clauseId: string,
    body: { text: string; replyTo?: string; start?: number; end?: number; anchor?: CommentAnchorView },
  ): Promise<CommentView> {
    return this.call(
      commentViewSchema,
      `${this.doc(docId)}/clauses/${encodeURIComponent(clauseId)}/comments`,
      body,
    );
  }

  resolve(docId: string, commentId: string, resolved: boolean): Promise<CommentView> {
    const action = resolved ? 'resolve' : 'reopen';
    return this.call(
      commentViewSchema,
      `${this.doc(docId)}/comments/${encodeURIComponent(commentId)}/${action}`,
      {},
    );
  }

  amendments(docId: string): Promise<AmendmentView[]> {
    return this.call(amendmentListSchema, `${this.doc(docId)}/amendments`);
  }

  propose(
    docId: string,
    clauseId: string,
    body: { text: string; hash: string; note?: string; rebaseOf?: string },
  ): Promise<AmendmentView> {
    return this.call(
      amendmentViewSchema,
      `${this.doc(docId)}/clauses/${encodeURIComponent(clauseId)}/amendments`,
      body,
    );
  }

  decide(docId: string, amendmentId: string, action: 'accept' | 'reject' | 'withdraw', note?: string) {
    return this.call(
      amendmentViewSchema,
      `${this.doc(docId)}/amendments/${encodeURIComponent(amendmentId)}/${action}`,
      action === 'reject' ? { note: note ?? '' } : {},
    );
  }
}
