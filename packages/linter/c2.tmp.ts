import { benchStatement } from '../../test/bench/linter';
import { MAY_MENTION_ENTITY } from './src/entities';
const st = benchStatement();
console.log('pass mention precheck', st.filter((c) => MAY_MENTION_ENTITY.test(c.text)).length, 'of', st.length);
console.log(MAY_MENTION_ENTITY.source.length);
const SENT = ['We will continue to coordinate closely with NATO Allies and other partners.','International law, including the Charter of the United Nations, applies in cyberspace.','We call on all states to act in accordance with the framework for responsible state behaviour.','The severity of our response will depend on the scale and nature of the attacks.'];
for (const s of SENT) console.log(MAY_MENTION_ENTITY.test(s), s.match(MAY_MENTION_ENTITY)?.[0]);
