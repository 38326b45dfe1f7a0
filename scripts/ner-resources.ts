/**
 * Builds the NER tagger's feature resources from shared/data and models/:
 * the word clusters (`npm run train -- clusters`), the title words
 * (data/id/ner-title-words.txt) and a name gazetteer compiled from the
 * permissively licensed lists (see data/id/README.md, "NER gazetteer").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Gazetteer, nameTokens, type GazetteerData } from '../src/learn/gazetteer.js';
import type { FeatureResources } from '../src/learn/ner-features.js';
import { WordClusters, type WordClustersData } from '../src/learn/word-clusters.js';
import { loadNerTitleWords } from '../src/lang/id/ner-title-words.js';
import { dataPath } from '../src/lang/id/data-path.js';
import { CLUSTERS_PATH } from './train-clusters.js';

/** Read the clusters written by `train-clusters`, or null when they have not been built. */
export function loadClusters(): WordClusters | null {
  if (!existsSync(CLUSTERS_PATH)) return null;
  return new WordClusters(JSON.parse(gunzipSync(readFileSync(CLUSTERS_PATH)).toString('utf8')) as WordClustersData);
}

function lines(path: string): string[] {
  const raw = path.endsWith('.gz') ? gunzipSync(readFileSync(path)).toString('utf8') : readFileSync(path, 'utf8');
  return raw.split('\n').map((l) => l.replace(/\r$/, '').trim()).filter(Boolean);
}

/** First field of a CSV row (quoted or not). */
function csvSecond(line: string): string {
  const m = /^[^,]*,(?:"((?:[^"]|"")*)"|([^,]*))/.exec(line);
  return m ? (m[1] ?? m[2] ?? '').replace(/""/g, '"') : '';
}

const ADMIN_PREFIX = /^(?:Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota)\s+/;
/** Encoding damage in the DBpedia dumps (`Swiss\ufffdtel`, `Be?ikta?`): such names are dropped. */
const DAMAGED = /[\ufffd?]/;

/**
 * Compile the gazetteer. Single-word names that are usually written in
 * lower case in the news corpus (village names like `Harapan`, people called
 * `Bintang`) are dropped: as features they would fire on common words.
 */
export function buildGazetteer(shared: string, clusters: WordClusters | null): GazetteerData {
  const d = join(shared, 'data');
  const sets: Array<Set<string>> = [new Set(), new Set(), new Set()];
  const add = (t: number, name: string): void => {
    if (!name || DAMAGED.test(name)) return;
    const toks = nameTokens(name.trim());
    if (toks.length === 0 || toks.length > 6) return;
    const lower = toks.map((x) => x.toLowerCase());
    if (toks.length === 1) {
      const cap = clusters ? clusters.capOf(lower[0]!) : 0;
      if (cap !== 0 && cap <= 3) return;
      if (lower[0]!.length < 2) return;
    }
    sets[t]!.add(lower.join(' '));
  };
  const [PER, ORG, LOC] = [0, 1, 2];
  for (const n of lines(join(d, 'gazetteer-dbpedia-id', 'original-dbpedia', 'person.txt.gz'))) add(PER, n);
  for (const n of lines(join(d, 'gazetteer-dbpedia-id', 'original-dbpedia', 'organization.txt.gz'))) add(ORG, n);
  for (const n of lines(join(d, 'gazetteer-dbpedia-id', 'original-dbpedia', 'place.txt.gz'))) add(LOC, n.split(',')[0]!);
  for (const l of lines(join(d, 'gazetteer-countries-id', 'country.csv')).slice(1)) add(LOC, csvSecond(l));
  {
    // The MDEE expansion (same project and terms as the original lists) adds recall; dev F1 rose on 3 of 4 corpora with it.
    const x = join(d, 'gazetteer-dbpedia-id', 'expanded-mdee-gazetteer');
    for (const n of lines(join(x, 'person.txt.gz'))) add(PER, n);
    for (const n of lines(join(x, 'organization.txt.gz'))) add(ORG, n);
    for (const n of lines(join(x, 'place.txt.gz'))) add(LOC, n.split(',')[0]!);
  }
  // World capitals and large cities in Indonesian newsroom spelling (`Kyiv`, `Moskow`), hand-compiled in data/id (Apache-2.0).
  for (const n of lines(dataPath('places-world.txt'))) if (!n.startsWith('#')) add(LOC, n);
  const w = join(d, 'gazetteer-wilayah-indonesia');
  for (const f of ['provinsi.csv', 'kabupaten_kota.csv', 'kecamatan.csv']) {
    for (const l of lines(join(w, f)).slice(1)) {
      const name = csvSecond(l).trim();
      add(LOC, name);
      add(LOC, name.replace(ADMIN_PREFIX, ''));
    }
  }
  return { types: ['PER', 'ORG', 'LOC'], names: sets.map((s) => [...s].sort()) };
}

/** All resources for training against shared/ at `shared`. */
export function nerResources(shared: string, opts: { gazetteer?: boolean; clusters?: boolean } = {}): FeatureResources {
  const clusters = opts.clusters === false ? null : loadClusters();
  const gazetteer = opts.gazetteer === false ? null : new Gazetteer(buildGazetteer(shared, clusters));
  return { clusters, gazetteer, titles: new Set(loadNerTitleWords()) };
}
