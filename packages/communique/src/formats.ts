export type ExportFormat = 'md' | 'html' | 'pdf' | 'docx' | 'akn';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['md', 'html', 'pdf', 'docx', 'akn'];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  akn: 'application/akn+xml; charset=utf-8',
};

/** File extensions for Content-Disposition names. */
export const FILE_EXTENSIONS: Record<ExportFormat, string> = {
  md: 'md',
  html: 'html',
  pdf: 'pdf',
  docx: 'docx',
  akn: 'akn.xml',
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}
