import {
  type DocPatchRequest,
  type LifecycleView,
  lifecycleViewSchema,
  type RefusalGroupsView,
  refusalGroupsSchema,
} from '@accord/protocol';
import { z } from 'zod';
import { ApiError, apiRequest } from '../api/api-client';

/** A refused final export with its reasons grouped by cause and by party (api.md: 409 `groups`). */
export class ExportRefusedError extends ApiError {
  constructor(
    message: string,
    reasons: string[],
    readonly groups: RefusalGroupsView | null,
  ) {
    super(409, 'not_agreed', message, reasons);
    this.name = 'ExportRefusedError';
  }
}

const settingsSchema = z.object({
  id: z.string(),
  title: z.string(),
  parties: z.array(z.string()),
  tlp: z.string(),
  place: z.string(),
});

export interface ExportRequest {
  format: string;
  final: boolean;
  /** The text as published: no annex, no names. */
  public?: boolean;
}

/** Adoption, silence, document settings and export options (api.md, revision 2), typed and validated. */
export class AdoptionApi {
  constructor(
    private readonly token: string | null,
    private readonly base = '',
  ) {}

  private async send(method: string, path: string, body?: unknown): Promise<Response> {
    try {
      return await apiRequest(this.token, this.base, method, path, body);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.code === 'not_agreed') {
        const g = refusalGroupsSchema.safeParse((err.body as { groups?: unknown } | null)?.groups);
        throw new ExportRefusedError(err.message, err.reasons, g.success ? g.data : null);
      }
      throw err;
    }
  }

  private async lifecycle(path: string, body: unknown): Promise<LifecycleView> {
    return lifecycleViewSchema.parse(await (await this.send('POST', path, body)).json());
  }

  adopt(docId: string): Promise<LifecycleView> {
    return this.lifecycle(`/api/docs/${encodeURIComponent(docId)}/adopt`, {});
  }

  reopen(docId: string, reason: string): Promise<LifecycleView> {
    return this.lifecycle(`/api/docs/${encodeURIComponent(docId)}/reopen`, { reason });
  }

  silence(docId: string, deadline: string): Promise<LifecycleView> {
    return this.lifecycle(`/api/docs/${encodeURIComponent(docId)}/silence`, { deadline });
  }

  breakSilence(docId: string, note: string): Promise<LifecycleView> {
    return this.lifecycle(`/api/docs/${encodeURIComponent(docId)}/silence/break`, { note });
  }

  async updateSettings(docId: string, patch: DocPatchRequest) {
    return settingsSchema.parse(
      await (await this.send('PATCH', `/api/docs/${encodeURIComponent(docId)}`, patch)).json(),
    );
  }

  async changeParty(docId: string, party: string, add: boolean): Promise<void> {
    const path = `/api/docs/${encodeURIComponent(docId)}/parties`;
    if (add) await this.send('POST', path, { party });
    else await this.send('DELETE', `${path}/${encodeURIComponent(party)}`);
  }

  /** Downloads an export; a refused final export throws ExportRefusedError with the groups. */
  async download(docId: string, r: ExportRequest): Promise<{ blob: Blob; filename: string }> {
    const query = new URLSearchParams({ format: r.format });
    if (r.final) query.set('final', '1');
    if (r.public) query.set('public', '1');
    const res = await this.send('GET', `/api/docs/${encodeURIComponent(docId)}/export?${query}`);
    const disposition = res.headers.get('content-disposition') ?? '';
    const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    const filename = star?.[1] ? decodeURIComponent(star[1]) : `statement.${r.format}`;
    return { blob: await res.blob(), filename };
  }
}
