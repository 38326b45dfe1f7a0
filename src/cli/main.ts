/**
 * The `warta` command line: a thin dispatcher over the library. Each
 * command lives in its own module and returns an exit code; user mistakes
 * are one line on stderr (exit 2), never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../lang/id/data-path.js';
import { UsageError } from './usage-error.js';
import { WartaError } from '../pipeline/errors.js';

type Command = { summary: string; run: (argv: string[]) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  analyze: {
    summary: 'analyse articles (.txt, .json, .jsonl or stdin) and print a report, JSON or CoNLL',
    run: async (argv) => (await import('./analyze-command.js')).analyzeCommand(argv),
  },
  ingest: {
    summary: 'analyse files, folders, pages, feeds or sitemaps on all cores and store them (resumable)',
    run: async (argv) => (await import('./ingest-command.js')).ingestCommand(argv),
  },
  serve: {
    summary: 'serve the HTTP API and web UI over the corpus (demo corpus on first run)',
    run: async (argv) => (await import('./serve-command.js')).serveCommand(argv),
  },
  stem: {
    summary: 'print word<TAB>stem for words (arguments or one a line on stdin)',
    run: async (argv) => (await import('./stem-command.js')).stemCommand(argv),
  },
  tag: {
    summary: 'tag pre-tokenised CoNLL text with PER/ORG/LOC (token<TAB>BIO tag)',
    run: async (argv) => (await import('./tag-command.js')).tagCommand(argv),
  },
  schema: {
    summary: 'print the JSON Schema of the Analysis format',
    run: async () => {
      const { analysisJsonSchema } = await import('../text/schema.js');
      process.stdout.write(JSON.stringify(analysisJsonSchema(), null, 2) + '\n');
      return 0;
    },
  },
};

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'warta — Indonesian news analysis',
    '',
    'usage: warta <command> [options]        (warta <command> --help for details)',
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'example:',
    '  warta analyze examples/tempo-stoltenberg-kyiv.txt',
  ].join('\n');
}

/** A reader that went away (`warta analyze big.jsonl | head`) ends the job quietly, as Unix tools do. */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnClosedPipe();
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    if (name === 'help' && rest[0] && COMMANDS[rest[0]]) return COMMANDS[rest[0]]!.run(['--help']);
    process.stdout.write(help() + '\n');
    return 0;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(version() + '\n');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`warta: unknown command "${name}"\n\n${help()}\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`warta ${name}: ${(err as Error).message}\n(see: warta ${name} --help)\n`);
      return 2;
    }
    if (err instanceof WartaError) {
      process.stderr.write(`warta ${name}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

// Run when executed directly (tsx src/cli/main.ts, or through bin/warta.js).
const entry = process.argv[1] ?? '';
if (entry.endsWith('/cli/main.ts') || entry.endsWith('/cli/main.js')) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`warta: internal error: ${(err as Error).stack ?? err}\n`);
      process.exitCode = 70;
    },
  );
}
