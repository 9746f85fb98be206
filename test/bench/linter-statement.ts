/** The linter bench's 300-clause statement (no imports: the per-rule bench and the gate tool load it from a snapshot). */
export interface BenchClause {
  id: string;
  text: string;
}

const SENTENCES = [
  'We strongly condemn the malicious cyber activity directed against the Ministry of Defence of Ukraine.',
  'We reaffirm our unwavering support for the sovereignty and territorial integrity of Ukraine.',
  'We urge Russia to de-escalate and to engage in meaningful diplomacy within the OSCE.',
  'The attacks disrupted access to online banking for thousands of citizens for several hours.',
  'We are ready to respond to malicious cyber activity with appropriate actions, including sanctions.',
  'We will continue to coordinate closely with NATO Allies and other partners.',
  'The United Kingdom assesses that the GRU almost certainly carried out these attacks.',
  'International law, including the Charter of the United Nations, applies in cyberspace.',
  'We will provide Ukraine with technical assistance to restore and protect its systems.',
  'The severity of our response will depend on the scale and nature of the attacks.',
  'Identifying those responsible for distributed denial-of-service attacks can take time.',
  'We call on all states to act in accordance with the framework for responsible state behaviour.',
];

/** A realistic statement: two sentences per clause, a few clauses with findings, every text distinct. */
export function benchStatement(n = 300): BenchClause[] {
  return Array.from({ length: n }, (_, i) => {
    const a = SENTENCES[i % SENTENCES.length]!;
    const b = SENTENCES[(i * 7 + 3) % SENTENCES.length]!;
    const flagged = i % 25 === 0 ? ' The attacks were carried out by Russia.' : '';
    return { id: `clause-${i}`, text: `${i + 1}. ${a} ${b}${flagged}` };
  });
}
