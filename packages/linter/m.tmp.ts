import { findMentions } from './src/entities';
import { tokenize } from './src/sentences';
for (const t of process.argv.slice(2)) for (const s of tokenize(t)) console.log(findMentions(s).map((m) => [t.slice(m.start, m.end), m.kind, m.state]));
