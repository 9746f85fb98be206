import type { ExportResult } from '../documents/export-service';

/** A rendered export as a download: its type, a safe file name, and its registration when it has one. */
export function fileResponse(r: ExportResult): Response {
  const headers: Record<string, string> = {
    'content-type': r.contentType,
    'content-disposition': `attachment; filename="${r.filename.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(r.filename)}`,
  };
  if (r.exportId) headers['x-accord-export-id'] = r.exportId;
  if (r.fingerprint) headers['x-accord-fingerprint'] = r.fingerprint;
  return new Response(r.bytes as Uint8Array<ArrayBuffer>, { status: 200, headers });
}
