/**
 * How many articles are analysed together at most, stage by stage
 * (`analyzeBatch`), where several are at hand: the CLI's `analyze` and the
 * ingest workers. Enough for each stage's code and tables to stay warm from
 * one article to the next; more would only hold more documents in memory and
 * make a batch's first answers wait longer for its last article.
 */
export const ANALYZE_BATCH_SIZE = 16;
