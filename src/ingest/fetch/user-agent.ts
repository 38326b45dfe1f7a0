import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../lang/id/data-path.js';

let ua: string | undefined;

/** warta's one user agent: `warta/<version> (+https://github.com/warta)`. */
export function defaultUserAgent(): string {
  if (ua) return ua;
  let version = '0.0.0';
  try {
    version = (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? version;
  } catch {
    /* a bare checkout without package.json still gets a user agent */
  }
  return (ua = `warta/${version} (+https://github.com/warta)`);
}
