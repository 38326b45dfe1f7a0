import assert from 'node:assert/strict';
import { analyze } from '../../../analyze.js';
import type { DocumentView } from '../../../text/document.js';
import type { EntityJson } from '../../../text/schema.js';

/** An entity given by hand: its text, its type, and which writing of the text it is (1 = the first). */
export type HandEntity = [text: string, type: EntityJson['type'], occurrence?: number];

/**
 * Test support: `text` analysed by the default pipeline, with the entities layer replaced by `ents`, so that
 * persons tests exercise the persons rules and not the tagger. Fails the test when an entity is not in the text.
 */
export function handTaggedView(text: string, ents: readonly HandEntity[]): DocumentView {
  const doc = analyze({ text });
  const entities: EntityJson[] = ents.map(([t, type, occ = 1]) => {
    let at = -1;
    for (let k = 0; k < occ; k++) at = text.indexOf(t, at + 1);
    assert.ok(at >= 0, `${t} not in text`);
    return { start: at, end: at + t.length, text: t, type };
  }).sort((a, b) => a.start - b.start);
  return { text: doc.text, meta: doc.meta, layers: { ...doc.layers, entities } };
}

/** `handTaggedView` with each of `names` (its first writing) as the only entities, all persons. */
export function personsTaggedView(text: string, names: readonly string[]): DocumentView {
  return handTaggedView(text, names.map((n): HandEntity => [n, 'PER']));
}
