import {
  type CreateInviteRequest,
  errorBodySchema,
  type InviteView,
  inviteViewSchema,
  type MemberView,
  memberViewSchema,
} from '@accord/protocol';
import { z } from 'zod';
import { ApiError } from '../api/api-client';

const createdInviteSchema = inviteViewSchema.extend({ url: z.string() });
export type CreatedInvite = z.infer<typeof createdInviteSchema>;

/** The membership calls of api.md revision 2, typed and validated. */
export class MembershipApi {
  constructor(
    private readonly token: string,
    private readonly docId: string,
    private readonly base = '',
  ) {}

  private async call<S extends z.ZodType>(schema: S, method: string, path: string, body?: unknown) {
    const res = await fetch(`${this.base}/api/docs/${encodeURIComponent(this.docId)}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const parsed = errorBodySchema.safeParse(json);
      throw parsed.success
        ? new ApiError(res.status, parsed.data.error.code, parsed.data.error.message)
        : new ApiError(res.status, `http_${res.status}`, `${res.status} ${res.statusText}`);
    }
    return schema.parse(json) as z.infer<S>;
  }

  members(): Promise<MemberView[]> {
    return this.call(z.array(memberViewSchema), 'GET', '/members');
  }

  invites(): Promise<InviteView[]> {
    return this.call(z.array(inviteViewSchema), 'GET', '/invites');
  }

  createInvite(req: CreateInviteRequest): Promise<CreatedInvite> {
    return this.call(createdInviteSchema, 'POST', '/invites', req);
  }

  revokeInvite(inviteId: string): Promise<InviteView> {
    return this.call(inviteViewSchema, 'DELETE', `/invites/${encodeURIComponent(inviteId)}`);
  }
}
