import { readFileSync } from 'node:fs';
import { ErrorCodes, WartaError } from '../../pipeline/errors.js';
import { dataPath } from './data-path.js';

const FILES = ['places-id.txt', 'places-countries.txt', 'places-world.txt'];

let cached: ReadonlySet<string> | undefined;

/**
 * Place names that may stand alone as a dateline's city (`Ponorogo -`,
 * `Jakarta -`), lower-cased: Indonesian provinces, regencies/cities and
 * districts (`data/id/places-id.txt`, generated from the Kemendagri gazetteer),
 * countries (`data/id/places-countries.txt`, generated from CLDR-based
 * country-list) and world cities (`data/id/places-world.txt`).
 *
 * @example
 * loadPlaces().has('jakarta'); // true
 */
export function loadPlaces(): ReadonlySet<string> {
  if (cached) return cached;
  const set = new Set<string>();
  for (const name of FILES) {
    const path = dataPath(name);
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch (err) {
      throw new WartaError(ErrorCodes.BAD_DATA_FILE, `cannot read data file ${path}: ${(err as Error).message}`, { cause: err });
    }
    const lines = raw.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!.trim();
      if (!l || l.startsWith('#')) continue;
      if (l.includes('\t')) throw new WartaError(ErrorCodes.BAD_DATA_FILE, `${name} line ${i + 1}: one place name a line, no tabs`);
      set.add(l.toLowerCase());
    }
  }
  cached = set;
  return set;
}
