// npm run eval:match [-- --set <set>] [--engine embedded|meili] [--verbose]: nDCG@10 and precision@5
// of the matcher and of the product's plain keyword search on the judged needs, overall and per language group: the
// set the matcher was tuned on (tuned), the fresh set written afterwards (fresh), the blind sets (blind, blind2 …
// blind13: kinds of need the others lack), and all together (all). A report, not a test: it always exits 0.
import { DEFAULT_SYNONYMS } from '../../server/modules/search/synonyms.defaults';
import { evalEngine, evaluate, LANGUAGE_GROUPS, type EngineName, type Summary } from './evaluate';
import { NEED_SETS, type NeedSetName } from './needs';
import { EVAL_SUPPLIERS } from './suppliers';

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const engineName: EngineName = arg('--engine') === 'meili' ? 'meili' : 'embedded';
const asked = arg('--set');
const sets = (asked && asked in NEED_SETS ? [asked] : Object.keys(NEED_SETS)) as NeedSetName[];
const engine = await evalEngine(DEFAULT_SYNONYMS, engineName);
const f = (n: number) => n.toFixed(3);
const out = (line = '') => process.stdout.write(`${line}\n`);
const row = (label: string, s: Summary) => `${label.padEnd(26)}${String(s.needs).padStart(5)}   ${f(s.ndcg10)}   ${f(s.p5)}`;

const cases = EVAL_SUPPLIERS.reduce((sum, s) => sum + s.caseStudyCount, 0);
out(`${EVAL_SUPPLIERS.length} fixture suppliers (${cases} published case studies), ${engineName} engine`);
for (const set of sets) {
  const { matcher, keyword } = await evaluate(engine, NEED_SETS[set]);
  out();
  out(`${set} set (${NEED_SETS[set].length} judged needs)`);
  out(`${'system / group'.padEnd(26)}needs   nDCG@10  P@5`);
  for (const [name, system] of [['matcher', matcher], ['keyword search', keyword]] as const) {
    out(row(name, system));
    for (const g of LANGUAGE_GROUPS) out(row(`  ${g}`, system.groups[g]));
  }
  out(`matcher top-5 matches with no strength reason: ${matcher.top5WithoutReasons} of ${matcher.perNeed.reduce((n, p) => n + p.top.length, 0)}`);
  if (!process.argv.includes('--verbose') || set === 'all') continue;
  out();
  for (const [i, n] of matcher.perNeed.entries()) {
    const k = keyword.perNeed[i]!;
    out(`${`${n.id} (${n.group})`.padEnd(32)} matcher ${f(n.ndcg10)} [${n.top.join(', ')}]`);
    out(`${''.padEnd(32)} keyword ${f(k.ndcg10)} [${k.top.join(', ')}]`);
  }
}
