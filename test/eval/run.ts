// npm run eval:match: nDCG@10 and precision@5 of the matcher and of plain keyword search on the judged set.
import { DEFAULT_SYNONYMS } from '../../server/modules/search/synonyms.defaults';
import { JUDGED_NEEDS } from './needs';
import { evalEngine, evaluate } from './evaluate';
import { EVAL_SUPPLIERS } from './suppliers';

const engine = await evalEngine(DEFAULT_SYNONYMS);
const { matcher, keyword } = await evaluate(engine);
const pct = (n: number) => n.toFixed(3);

process.stdout.write(`${JUDGED_NEEDS.length} judged needs over ${EVAL_SUPPLIERS.length} fixture suppliers\n\n`);
process.stdout.write(`system          nDCG@10   P@5\n`);
process.stdout.write(`matcher         ${pct(matcher.ndcg10)}     ${pct(matcher.p5)}\n`);
process.stdout.write(`keyword search  ${pct(keyword.ndcg10)}     ${pct(keyword.p5)}\n\n`);
if (process.argv.includes('--verbose')) {
  for (const [i, n] of matcher.perNeed.entries()) {
    const k = keyword.perNeed[i]!;
    process.stdout.write(`${n.id.padEnd(24)} matcher ${pct(n.ndcg10)} [${n.top.join(', ')}]\n${''.padEnd(24)} keyword ${pct(k.ndcg10)} [${k.top.join(', ')}]\n`);
  }
}
