/**
 * `npm run bench -- code-size [--max-articles=N]`: how much machine code V8
 * compiles for each stage while the full default pipeline runs over CLICK-ID
 * raw news, and how many functions it compiles.
 *
 * Why: run one article at a time, every stage starts cold, after the entity
 * tagger has swept the caches; what it then reloads is mostly its own code.
 * The layers bench (`npm run bench -- layers`) shows the cost, this one the
 * footprint behind it. A child process runs the pipeline under
 * `--perf-basic-prof`, which makes V8 write the address, size and name of
 * every code object it creates to /tmp/perf-<pid>.map; this reads that map.
 * For each function the last code of each tier counts (a function optimised
 * again replaces its older code): Turbofan ("optimised") and Sparkplug
 * ("baseline"); functions only ever interpreted have no code of their own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedPath } from '../eval/shared-data.js';

const TEXT_CORE = ['normalize', 'structure', 'language', 'tokens', 'sentences', 'stems'];
const ISSUE4_LAYERS = ['dct', 'timexes', 'amounts', 'quotes'];
const CHILD_FLAG = '--code-size-child';

function flag(flags: string[], name: string, dflt: number): number {
  const f = flags.find((x) => x.startsWith(`--${name}=`));
  return f ? Number(f.slice(name.length + 3)) : dflt;
}

/** In the child: run the default pipeline over the articles three times, so that hot code reaches Turbofan. */
async function child(path: string, max: number): Promise<void> {
  const { getPipeline } = await import('../src/analyze.js');
  const inputs = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter((l) => l.trim())
    .slice(0, max).map((l) => ({ text: String((JSON.parse(l) as { content?: string }).content ?? '') }))
    .filter((r) => r.text.trim().length > 0);
  const pipe = getPipeline();
  for (let r = 0; r < 3; r++) for (const input of inputs) pipe.run(input);
}

interface Sizes { optimised: number; baseline: number; functions: Set<string> }

/** Code sizes by directory of `src/` (`stages/<name>` for a stage), from a perf map's lines. */
function sizesByDir(map: string): Map<string, Sizes> {
  // Last code per function and tier: `<addr> <size hex> JS:*name file:///.../src/<dir>/...:line:col`.
  const last = new Map<string, number>();
  for (const line of map.split('\n')) {
    const sp1 = line.indexOf(' ');
    const sp2 = line.indexOf(' ', sp1 + 1);
    if (sp1 < 0 || sp2 < 0) continue;
    const name = line.slice(sp2 + 1);
    if (!name.startsWith('JS:*') && !name.startsWith('JS:^')) continue;
    last.set(name, parseInt(line.slice(sp1 + 1, sp2), 16));
  }
  const out = new Map<string, Sizes>();
  for (const [name, size] of last) {
    const m = /\/src\/(stages\/[a-z-]+|[a-z-]+)\//.exec(name);
    if (!m) continue;
    const dir = m[1]!;
    let s = out.get(dir);
    if (!s) out.set(dir, (s = { optimised: 0, baseline: 0, functions: new Set() }));
    if (name.startsWith('JS:*')) s.optimised += size; else s.baseline += size;
    s.functions.add(name.slice(4));
  }
  return out;
}

export async function main(flags: string[]): Promise<void> {
  const path = sharedPath('data/news-clickid-raw/articles.jsonl.gz');
  if (!path) return;
  const max = flag(flags, 'max-articles', 500);
  if (flags.includes(CHILD_FLAG)) return child(path, max);
  // --perf-basic-prof also turns on V8's code-event log (isolate-*.log in the working directory): sent to a file
  // of its own in the temporary directory, removed with the map.
  const logPath = join(tmpdir(), `warta-code-size-${process.pid}.log`);
  const run = spawnSync(process.execPath, ['--perf-basic-prof', '--no-logfile-per-isolate', `--logfile=${logPath}`, '--import', 'tsx', fileURLToPath(import.meta.url), CHILD_FLAG, `--max-articles=${max}`], { stdio: ['ignore', 'inherit', 'inherit'] });
  rmSync(logPath, { force: true });
  if (run.status !== 0) throw new Error(`the child pipeline run failed (status ${run.status})`);
  const mapPath = `/tmp/perf-${run.pid}.map`;
  if (!existsSync(mapPath)) throw new Error(`V8 wrote no perf map at ${mapPath}`);
  const sizes = sizesByDir(readFileSync(mapPath, 'utf8'));
  rmSync(mapPath);
  const kb = (b: number) => (b / 1024).toFixed(0).padStart(10);
  console.log(`machine code V8 compiled for each stage, full default pipeline over ${max} CLICK-ID articles (3 passes)`);
  console.log('stage         optimised KB  baseline KB  functions   group');
  const total: Record<'core' | 'layers', [number, number]> = { core: [0, 0], layers: [0, 0] };
  const rows = [...sizes].filter(([d]) => d.startsWith('stages/')).sort((a, b) => b[1].optimised - a[1].optimised);
  for (const [dir, s] of rows) {
    const name = dir.slice('stages/'.length);
    const group = TEXT_CORE.includes(name) ? 'text core' : ISSUE4_LAYERS.includes(name) ? 'issue 4' : '';
    const t = group === 'text core' ? total.core : group === 'issue 4' ? total.layers : undefined;
    if (t) { t[0] += s.optimised; t[1] += s.baseline; }
    console.log(`  ${name.padEnd(12)}${kb(s.optimised)}   ${kb(s.baseline)}   ${String(s.functions.size).padStart(8)}   ${group}`);
  }
  const others = [...sizes].filter(([d]) => !d.startsWith('stages/')).map(([d, s]) => `${d} ${kb(s.optimised).trim()}`).join(', ');
  console.log(`outside the stages (optimised KB): ${others}`);
  console.log(`text core: ${kb(total.core[0]).trim()} KB optimised + ${kb(total.core[1]).trim()} KB baseline; dct + timexes + amounts + quotes: ${kb(total.layers[0]).trim()} KB + ${kb(total.layers[1]).trim()} KB`);
}

// The child process runs this file itself.
if (process.argv.includes(CHILD_FLAG)) await main(process.argv.slice(2));
