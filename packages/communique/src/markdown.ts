import type { Communique, CommuniqueParagraph } from './model';

/**
 * Backslash-escapes the ASCII punctuation Markdown could read as markup. CommonMark lets any
 * ASCII punctuation be escaped this way, so removing a backslash before ASCII punctuation gives
 * back the exact text (which is how the README tells readers to recompute the fingerprint).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&!]/g, (ch) => `\\${ch}`);
}

function paragraphText(p: CommuniqueParagraph): string {
  return p.runs
    .map((r) => {
      if (r.kind === 'wrap') return `\\${r.text}`;
      if (r.kind === 'bracket') return `**${escapeMarkdown(r.text)}**`;
      return escapeMarkdown(r.text);
    })
    .join('');
}

function cell(text: string): string {
  return text === '' ? '—' : escapeMarkdown(text);
}

export function renderMarkdown(c: Communique): string {
  const out: string[] = [];
  const marking = c.marking.draft ? `**${c.marking.tlp.label}** · **DRAFT**` : `**${c.marking.tlp.label}**`;
  out.push(marking, '');
  out.push(`# ${escapeMarkdown(c.header.title)}`, '');
  out.push(`*${escapeMarkdown(c.header.issuedBy)}*`, '');
  out.push(escapeMarkdown(c.header.placeAndDate), '');
  for (const p of c.paragraphs) {
    out.push(`${p.number}. ${paragraphText(p)}`);
    if (p.note) out.push('', `   *Note: ${escapeMarkdown(p.note)}*`);
    out.push('');
  }
  out.push(escapeMarkdown(c.signatories.closing), '');
  out.push('**Signatories**', '');
  for (const s of c.signatories.parties) out.push(`- ${escapeMarkdown(s.line)} (${escapeMarkdown(s.code)})`);
  out.push('');
  if (c.annex) {
    out.push('---', '', `## Annex: ${c.annex.heading}`, '', escapeMarkdown(c.annex.intro), '');
    for (const entry of c.annex.entries) {
      out.push(`### Paragraph ${entry.number}`, '', `Clause hash (SHA-256): \`${entry.hash}\``, '');
      out.push('| Party | State | By | At | Note |', '| --- | --- | --- | --- | --- |');
      for (const a of entry.approvals) {
        const state = a.stale ? `${a.state} (stale)` : a.state;
        out.push(
          `| ${cell(`${a.partyName} (${a.party})`)} | ${state} | ${cell(a.by)} | ${cell(a.at)} | ${cell(a.note)} |`,
        );
      }
      out.push('');
    }
    out.push(`**${c.annex.fingerprintLine}**`, '');
  }
  out.push('---', '', escapeMarkdown(c.pageFooter), '');
  return out.join('\n');
}
