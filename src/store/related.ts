/**
 * Related stories of an article: other articles that share much of its text
 * without being copies of it (a follow-up that reuses the earlier report, a
 * half-time and a final-result report, a re-post reworded beyond a copy).
 * The copy test keeps dedupe groups to copies; this is the looser link, for
 * a reader who wants the rest of the story. Candidates come from the sketch
 * index (no scan), confirmed by the exact resemblance.
 */
import { str, type Row } from './rows.js';
import { words } from './simhash.js';
import { setResemblance, shingles, SKETCH_SIZE } from './sketch.js';
import type { RelatedArticle } from './types.js';

/** Resemblance (Jaccard of word 3-shingles) from which another article is a related story. */
export const RELATED_RESEMBLANCE = 0.3;
/** How many related stories an article lists at most. */
export const RELATED_LIMIT = 10;
/** Candidates read for the exact check. */
export const RELATED_CANDIDATES = 30;
/**
 * Sketch hashes a candidate must share: resemblance r leaves about r of a
 * bottom-k sketch shared, so a fifth of the sketch stays below the 0.3 floor
 * and keeps recall; the exact check decides.
 */
export const RELATED_NEED = Math.max(1, Math.floor(SKETCH_SIZE / 5));

/** Rank candidate rows (`id, title, outlet, published, text`) by their exact resemblance to `text`, keeping the related ones. */
export function relatedArticles(text: string, candidates: readonly Row[]): RelatedArticle[] {
  // The article's shingles once, not once per candidate.
  const mine = shingles(words(text));
  const resemblance = (other: string): number => setResemblance(mine, shingles(words(other)));
  return candidates
    .map((c) => ({ id: String(c.id), title: str(c.title), outlet: str(c.outlet), published: str(c.published), resemblance: resemblance(String(c.text)) }))
    .filter((c) => c.resemblance >= RELATED_RESEMBLANCE)
    .sort((a, b) => b.resemblance - a.resemblance || (a.id < b.id ? -1 : 1))
    .slice(0, RELATED_LIMIT)
    .map((c) => ({ ...c, resemblance: Math.round(c.resemblance * 1000) / 1000 }));
}
