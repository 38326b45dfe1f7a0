/**
 * A throwaway PostgreSQL server for tests: a fresh data directory under the
 * system temp dir, listening on a free port on 127.0.0.1 only (unix socket in
 * the same directory), stopped and removed afterwards. Uses Debian's
 * binaries under /usr/lib/postgresql/<version>/bin (or `$PG_BIN`). PostgreSQL
 * refuses to run as root, so as root the server runs as the `postgres` user
 * through `runuser`.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A running test server. */
export interface TestPostgres {
  host: string;
  port: number;
  /** Create a new empty database and return its connection string. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** The directory holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(join(root, v, 'bin'));
  }
  return candidates.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl'))) ?? null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function userIds(name: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** Why PostgreSQL tests cannot run here, or null when they can. */
export function postgresUnavailable(): string | null {
  if (process.env.WARTA_PG_URL) return null;
  if (!findPostgresBin()) return 'PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (apt-get install -y postgresql); set PG_BIN or WARTA_PG_URL';
  if (process.getuid?.() === 0 && !userIds('postgres')) return 'running as root and there is no "postgres" user to run the server as';
  return null;
}

/**
 * Start a throwaway server (or, with `$WARTA_PG_URL`, use an existing one
 * whose user may create databases).
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  let n = 0;
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const external = process.env.WARTA_PG_URL;
  if (external) {
    const u = new URL(external);
    const created: string[] = [];
    return {
      host: u.hostname,
      port: Number(u.port || 5432),
      async createDatabase() {
        const name = `warta_test_${suffix}_${n++}`;
        const c = new pg.Client({ connectionString: external });
        await c.connect();
        await c.query(`CREATE DATABASE ${name}`);
        await c.end();
        created.push(name);
        const url = new URL(external);
        url.pathname = '/' + name;
        return url.toString();
      },
      async stop() {
        const c = new pg.Client({ connectionString: external });
        await c.connect();
        for (const name of created) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL binaries not found');
  const dir = mkdtempSync(join(tmpdir(), 'warta-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  if (asRoot) {
    const ids = userIds('postgres');
    if (!ids) throw new Error('no postgres user');
    chownSync(dir, ids.uid, ids.gid);
  }
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start',
    ]);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const err = e as { stderr?: Buffer };
    throw new Error(`could not start a test PostgreSQL: ${err.stderr?.toString() ?? String(e)}`);
  }
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    host: '127.0.0.1',
    port,
    async createDatabase() {
      const name = `warta_test_${n++}`;
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
