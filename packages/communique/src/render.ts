import { renderAkn } from './akn';
import { renderDocx } from './docx';
import type { ExportFormat } from './formats';
import { renderHtml } from './html';
import type { CommuniqueInput } from './input';
import { renderMarkdown } from './markdown';
import { buildCommunique } from './model';
import { renderPdf } from './pdf';

/** Builds the model and renders one format; text formats come back UTF-8 encoded. */
export async function renderCommunique(
  input: CommuniqueInput,
  format: ExportFormat,
  options: { docId?: string } = {},
): Promise<Uint8Array> {
  const c = buildCommunique(input);
  switch (format) {
    case 'akn':
      return new TextEncoder().encode(renderAkn(c, options));
    case 'md':
      return new TextEncoder().encode(renderMarkdown(c));
    case 'html':
      return new TextEncoder().encode(renderHtml(c));
    case 'pdf':
      return renderPdf(c);
    case 'docx':
      return renderDocx(c);
  }
}
