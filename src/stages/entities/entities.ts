import { defineStage } from '../../pipeline/stage.js';
import { need, type DocumentView } from '../../text/document.js';
import type { EntityJson } from '../../text/schema.js';
import { shippedNerTagger, type NerTagger } from '../../learn/ner-tagger.js';

/**
 * Tag PER / ORG / LOC mentions sentence by sentence with the shipped NER
 * model (loaded on first use). Tokens are read from the folded text, whose
 * quotes and dashes match the ASCII forms of the training corpora; offsets
 * are shared with the document text.
 */
export function findEntities(doc: DocumentView, tagger: NerTagger = shippedNerTagger()): EntityJson[] {
  const tokens = need(doc, 'tokens');
  const sentences = need(doc, 'sentences');
  const source = doc.layers.normalized?.folded ?? doc.text;
  const out: EntityJson[] = [];
  const words: string[] = [];
  for (const s of sentences) {
    words.length = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) words.push(source.slice(tokens.start[i]!, tokens.end[i]!));
    if (words.length === 0) continue;
    for (const span of tagger.tag(words)) {
      const start = tokens.start[s.tokenStart + span.start]!;
      const end = tokens.end[s.tokenStart + span.end - 1]!;
      out.push({ start, end, text: doc.text.slice(start, end), type: span.type as EntityJson['type'] });
    }
  }
  return out;
}

export const entitiesStage = defineStage({
  name: 'entities',
  version: '1',
  requires: ['tokens', 'sentences'],
  produces: ['entities'],
  languages: ['id'],
  run: (doc) => ({ entities: findEntities(doc) }),
});
