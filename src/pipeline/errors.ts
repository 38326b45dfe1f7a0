/**
 * Typed errors with stable codes. These are for bugs and for refusals at
 * construction time (a pipeline in the wrong order, incoherent options);
 * expected problems in the input are diagnostics, not exceptions.
 * Codes never change meaning once published; add new ones at the end.
 */
export const ErrorCodes = {
  /** A stage requires a layer no earlier stage produces. */
  PIPELINE_MISSING_LAYER: 'W001',
  /** Two stages produce the same layer. */
  PIPELINE_DUPLICATE_LAYER: 'W002',
  /** A stage returned layers other than the ones it declared. */
  STAGE_WRONG_OUTPUT: 'W003',
  /** A stage threw while running. */
  STAGE_FAILED: 'W004',
  /** Options given to a stage or the pipeline are incoherent. */
  BAD_OPTIONS: 'W005',
  /** Input that cannot be analysed at all (not text, too big, missing field). */
  BAD_INPUT: 'W006',
  /** A data file in data/ is malformed. */
  BAD_DATA_FILE: 'W007',
  /** A model file in models/ is missing or malformed. */
  BAD_MODEL_FILE: 'W008',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** The one error class warta throws on purpose. `code` is stable and searchable. */
export class WartaError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(`[${code}] ${message}`, options);
    this.name = 'WartaError';
    this.code = code;
  }
}
