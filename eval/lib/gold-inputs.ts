import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readGold, type GoldArticle } from '../gold.js';
import { REPO_ROOT, sharedDir } from '../shared-data.js';

/**
 * The gold files an article-level evaluation scores against: every
 * `--gold=<path>` flag, else ../shared/gold/dev.jsonl plus the example
 * article's gold file. Returns null (after printing why) when nothing is there.
 */
export function goldInputs(flags: string[]): { files: string[]; articles: GoldArticle[] } | null {
  let files = flags.filter((f) => f.startsWith('--gold=')).map((f) => f.slice('--gold='.length));
  if (!files.length) {
    const shared = sharedDir();
    if (!shared) {
      console.log('skipped: ../shared is not beside the repository (set WARTA_SHARED); needed gold/dev.jsonl');
      return null;
    }
    files = [join(shared, 'gold', 'dev.jsonl'), join(REPO_ROOT, 'examples', 'tempo-stoltenberg-kyiv.gold.json')];
  }
  const present = files.filter((f) => {
    if (existsSync(f)) return true;
    console.log(`skipped: ${f} not found`);
    return false;
  });
  if (!present.length) return null;
  return { files: present, articles: present.flatMap((f) => readGold(f)) };
}
