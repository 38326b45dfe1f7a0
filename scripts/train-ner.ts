/**
 * `npm run train -- ner`: trains the shipped NER model `models/ner-id.bin.gz`.
 *
 * What it trains on, and why no reported test figure was seen in training:
 * - IDNer2k train+dev and NERGrit train+valid. Their test splits are what
 *   `npm run eval -- ner` scores the shipped model on, so they are never used.
 * - NER-UI, the whole corpus. NER-UI is reported only by 5-fold
 *   cross-validation, where every fold trains its own model from scratch on
 *   that fold's train split; the shipped model is never scored on it.
 * - NER-UGM is left out: its annotation differs most from news NER (dev
 *   scores on IDNer2k and NERGrit dropped when it was added).
 * The number of epochs is chosen on IDNer2k dev + NERGrit valid first (a
 * model trained on the train splits only), then the final model is trained
 * on train+dev for that many epochs.
 *
 * Flags: `--quick` (fewer epochs, no final retrain), `--bits=N` (hash size).
 */
import { join } from 'node:path';
import { REPO_ROOT, sharedDir } from '../eval/shared-data.js';
import { NER_TYPES } from '../src/learn/conll.js';
import { readIdner2k, readIndolemFull, readNergrit } from '../src/learn/ner-corpora.js';
import { saveNerModel } from '../src/learn/ner-model.js';
import { trainNer } from '../src/learn/train-ner.js';
import { nerResources } from './ner-resources.js';

/** Rows whose largest weight is below this are not stored (see `encodeNerModel`). */
export const PRUNE_BELOW = 0.05;

export async function main(flags: string[]): Promise<void> {
  const shared = sharedDir();
  if (!shared) {
    console.log('skipped: ../shared is not beside the repository (set WARTA_SHARED)');
    return;
  }
  const quick = flags.includes('--quick');
  const bitsFlag = flags.find((f) => f.startsWith('--bits='));
  const bucketBits = bitsFlag ? Number(bitsFlag.slice(7)) : 20;
  const t0 = Date.now();
  const res = nerResources(shared);
  if (!res.clusters) console.log('warning: no word clusters (run `npm run train -- clusters` first); training without them');
  const train = [...readIdner2k(shared, 'train'), ...readNergrit(shared, 'train'), ...readIndolemFull(shared, 'nerui')];
  const dev = [...readIdner2k(shared, 'dev'), ...readNergrit(shared, 'dev')];
  const log = (m: string): void => console.log(m);
  const chosen = trainNer(train, dev, res, NER_TYPES, { bucketBits, epochs: quick ? 6 : 15, log });
  console.log(`best epoch ${chosen.bestEpoch}, dev F1 ${(100 * chosen.devF1!).toFixed(2)}`);
  let model = chosen.model;
  if (!quick) {
    const final = trainNer([...train, ...dev], null, res, NER_TYPES, { bucketBits, epochs: chosen.bestEpoch, log });
    model = final.model;
  }
  model = {
    ...model,
    info: {
      trainedOn: quick
        ? 'idner-news-2k train, indonlu-nergrit train, indolem-ner-ui (all)'
        : 'idner-news-2k train+dev, indonlu-nergrit train+valid, indolem-ner-ui (all)',
      epochs: chosen.bestEpoch, devF1: chosen.devF1, bucketBits, scheme: model.scheme.name,
    },
  };
  const path = join(REPO_ROOT, 'models', 'ner-id.bin.gz');
  const size = saveNerModel(model, path, PRUNE_BELOW);
  console.log(`wrote ${path} (${(size / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
