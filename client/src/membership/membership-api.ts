import {
  type CreateInviteRequest,
  type InviteView,
  inviteViewSchema,
  type MemberView,
  memberViewSchema,
} from '@accord/protocol';
import { z } from 'zod';
import { apiRequest } from '../api/api-client';

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
    const docPath = `/api/docs/${encodeURIComponent(this.docId)}${path}`;
    const res = await apiRequest(this.token, this.base, method, docPath, body);
    return schema.parse(await res.json()) as z.infer<S>;
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
