import type { DocumentMeta, ExportListing, StoredExport } from './storage';

/** A documents row as both adapters read it; `parties` is JSON text in SQLite, an array in Postgres. */
export interface DocRow {
  id: string;
  title: string;
  parties: string | string[];
  tlp: DocumentMeta['tlp'];
  place: string;
  created_at: string;
  created_by: string;
}

export interface ExportRow {
  id: string;
  doc_id: string;
  format: string;
  fingerprint: string;
  created_at: string;
  created_by: string;
}

export const toMeta = (r: DocRow): DocumentMeta => ({
  id: r.id,
  title: r.title,
  parties: typeof r.parties === 'string' ? (JSON.parse(r.parties) as string[]) : r.parties,
  tlp: r.tlp,
  place: r.place,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

const toExportMeta = (r: ExportRow): Omit<StoredExport, 'bytes'> => ({
  id: r.id,
  docId: r.doc_id,
  format: r.format,
  fingerprint: r.fingerprint,
  createdAt: r.created_at,
  createdBy: r.created_by,
});

export const toBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export const toExportListing = (r: ExportRow & { size: number | string }): ExportListing => ({
  ...toExportMeta(r),
  size: Number(r.size),
});

export const toStoredExport = (r: ExportRow & { bytes: Buffer }): StoredExport => ({
  ...toExportMeta(r),
  bytes: toBytes(r.bytes),
});
