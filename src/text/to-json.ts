import type { Document } from './document.js';
import { TOKEN_KINDS } from './layers.js';
import { FORMAT_VERSION, type AnalysisJson, type TokenJson } from './schema.js';

/** The plain JSON form of a document (the published Analysis format). */
export function toJson(doc: Document): AnalysisJson {
  const L = doc.layers;
  const out: AnalysisJson = {
    format: 'warta/analysis',
    version: FORMAT_VERSION,
    text: doc.text,
    sourceMap: doc.sourceMap.anchors.map(([a, b]) => [a, b] as [number, number]),
    meta: { ...doc.meta },
    stages: doc.stages.map((s) => ({ ...s })),
    diagnostics: doc.diagnostics,
  };
  if (L.dct) {
    out.dct = L.dct.value;
    out.dctSource = L.dct.source;
  }
  if (L.language) out.language = L.language;
  if (L.dateline !== undefined) out.dateline = L.dateline;
  if (L.paragraphs) out.paragraphs = [...L.paragraphs];
  if (L.tokens) {
    const t = L.tokens;
    const stems = L.stems;
    const tokens: TokenJson[] = new Array(t.count);
    for (let i = 0; i < t.count; i++) {
      const tj: TokenJson = { start: t.start[i]!, end: t.end[i]!, kind: TOKEN_KINDS[t.kind[i]!]! };
      if (t.clitic[i]! >= 0) tj.clitic = t.clitic[i]!;
      const stem = stems?.[i];
      if (stem != null) tj.stem = stem;
      tokens[i] = tj;
    }
    out.tokens = tokens;
  }
  if (L.sentences) out.sentences = [...L.sentences];
  if (L.entities) out.entities = [...L.entities];
  if (L.timexes) out.timexes = [...L.timexes];
  if (L.amounts) out.amounts = [...L.amounts];
  if (L.quotes) out.quotes = [...L.quotes];
  if (L.persons) out.persons = [...L.persons];
  if (L.clusters) out.clusters = [...L.clusters];
  return out;
}
