// npm run eval:match [-- --engine embedded|meili] [--verbose]: nDCG@10 and precision@5 of the matcher and of the product's plain keyword
// search on the judged set, overall and per language group. A report, not a test: it always exits 0.
import { DEFAULT_SYNONYMS } from '../../server/modules/search/synonyms.defaults';
import { evalEngine, evaluate, LANGUAGE_GROUPS, type EngineName, type Summary } from './evaluate';
import { JUDGED_NEEDS } from './needs';
import { EVAL_SUPPLIERS } from './suppliers';

const engineArg = process.argv.indexOf('--engine');
const engine: EngineName = engineArg > 0 && process.argv[engineArg + 1] === 'meili' ? 'meili' : 'embedded';
const { matcher, keyword } = await evaluate(await evalEngine(DEFAULT_SYNONYMS, engine));
const f = (n: number) => n.toFixed(3);
const out = (line = '') => process.stdout.write(`${line}\n`);
const row = (label: string, s: Summary) => `${label.padEnd(26)}${String(s.needs).padStart(5)}   ${f(s.ndcg10)}   ${f(s.p5)}`;

const cases = EVAL_SUPPLIERS.reduce((sum, s) => sum + s.caseStudyCount, 0);
out(`${JUDGED_NEEDS.length} judged needs over ${EVAL_SUPPLIERS.length} fixture suppliers (${cases} published case studies), ${engine} engine`);
out();
out(`${'system / group'.padEnd(26)}needs   nDCG@10  P@5`);
for (const [name, system] of [['matcher', matcher], ['keyword search', keyword]] as const) {
  out(row(name, system));
  for (const g of LANGUAGE_GROUPS) out(row(`  ${g}`, system.groups[g]));
}
out();
out(`matcher top-5 matches with no strength reason: ${matcher.top5WithoutReasons} of ${matcher.perNeed.reduce((n, p) => n + p.top.length, 0)}`);

if (process.argv.includes('--verbose')) {
  out();
  for (const [i, n] of matcher.perNeed.entries()) {
    const k = keyword.perNeed[i]!;
    out(`${`${n.id} (${n.group})`.padEnd(32)} matcher ${f(n.ndcg10)} [${n.top.join(', ')}]`);
    out(`${''.padEnd(32)} keyword ${f(k.ndcg10)} [${k.top.join(', ')}]`);
  }
}
