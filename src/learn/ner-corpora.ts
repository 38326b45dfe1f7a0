/**
 * Where the public NER corpora live under `shared/data`, and which files make
 * up each split. Reading harmonises their tags to PER / ORG / LOC.
 */
import { join } from 'node:path';
import { readConll, type NerSentence } from './conll.js';

/** Splits of the corpora with a fixed train/dev/test division. */
export type FixedSplit = 'train' | 'dev' | 'test';

/** IDNer2k (Khairunnisa et al. 2020), news; space-separated CRLF, last column is the tag. */
export function readIdner2k(shared: string, split: FixedSplit): NerSentence[] {
  return readConll(join(shared, 'data', 'idner-news-2k', `${split}.txt`));
}

/** NERGrit (IndoNLU version); `dev` is IndoNLU's `valid`. */
export function readNergrit(shared: string, split: FixedSplit): NerSentence[] {
  const file = split === 'dev' ? 'valid' : split;
  return readConll(join(shared, 'data', 'indonlu-nergrit', `${file}_preprocess.txt`));
}

/** The IndoLEM 5-fold sets. */
export type IndolemSet = 'nerui' | 'nerugm';

const INDOLEM_DIR: Record<IndolemSet, string> = { nerui: 'indolem-ner-ui', nerugm: 'indolem-ner-ugm' };
const INDOLEM_FULL: Record<IndolemSet, string> = { nerui: 'nergithub.txt', nerugm: 'nerugm.txt' };

/** One split of one of IndoLEM's published folds (1..5). NER-UGM's TIME and QUANTITY become O. */
export function readIndolemFold(shared: string, set: IndolemSet, fold: number, split: FixedSplit): NerSentence[] {
  return readConll(join(shared, 'data', INDOLEM_DIR[set], 'folds', `${split}.0${fold}.tsv`));
}

/** The whole corpus of an IndoLEM set (all folds' test parts together). */
export function readIndolemFull(shared: string, set: IndolemSet): NerSentence[] {
  return readConll(join(shared, 'data', INDOLEM_DIR[set], INDOLEM_FULL[set]));
}
