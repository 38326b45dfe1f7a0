/** warta's public API: re-exports only. */
export { analyze, getPipeline, DEFAULT_STAGES } from './analyze.js';
export { buildPipeline, type Pipeline } from './pipeline/pipeline.js';
export { defineStage, type Stage, type DiagnosticSink } from './pipeline/stage.js';
export { WartaError, ErrorCodes, type ErrorCode } from './pipeline/errors.js';
export type { ArticleInput, Document, DocumentView } from './text/document.js';
export type { Layers, LayerName, TokenLayer } from './text/layers.js';
export { toJson } from './text/to-json.js';
export { analysisJsonSchema, FORMAT_VERSION, type AnalysisJson } from './text/schema.js';
export { char, tok, type CharOffset, type TokenIndex, type Span } from './text/offsets.js';
export { toInputOffset } from './text/source-map.js';
export { withDctOverride, inferDct } from './stages/dct/dct.js';
export { parsePublished } from './stages/dct/parse-published.js';
export { tokenize, cliticSplit, tokensStage } from './stages/tokens/tokenize.js';
export { splitSentences, sentencesStage } from './stages/sentences/split-sentences.js';
export { structureStage, findDateline, classifyParagraph, splitParagraphs } from './stages/structure/structure.js';
export { languageStage, identifyLanguage } from './stages/language/language.js';
