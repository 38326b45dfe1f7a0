/** `npm run schema`: regenerate docs/analysis.schema.json from the zod schema in src/text/schema.ts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisJsonSchema } from '../src/text/schema.js';
import { REPO_ROOT } from '../eval/shared-data.js';

const path = join(REPO_ROOT, 'docs', 'analysis.schema.json');
writeFileSync(path, JSON.stringify(analysisJsonSchema(), null, 2) + '\n');
console.log(`wrote ${path}`);
