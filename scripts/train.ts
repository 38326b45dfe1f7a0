/**
 * `npm run train [-- name ...] [--flags]`: rebuilds the named models (all, in
 * dependency order, when none is named). Each model is a module
 * `scripts/train-<name>.ts` exporting `main(flags)`; add new models to ORDER.
 */
const ORDER = ['clusters', 'ner'] as const;

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith('-'));
const flags = args.filter((a) => a.startsWith('-'));
if (flags.includes('--help') || flags.includes('-h')) {
  console.log(`usage: npm run train [-- <name> ...] [--flags]\nmodels (in build order): ${ORDER.join(', ')}`);
  process.exit(0);
}
const unknown = names.filter((n) => !(ORDER as readonly string[]).includes(n));
if (unknown.length) {
  console.error(`unknown model(s) ${unknown.join(', ')}; available: ${ORDER.join(', ')}`);
  process.exit(1);
}
const chosen = names.length ? ORDER.filter((n) => names.includes(n)) : ORDER;
for (const name of chosen) {
  console.log(`\n=== train: ${name} ===`);
  const mod = (await import(`./train-${name}.ts`)) as { main: (flags: string[]) => Promise<void> | void };
  await mod.main(flags);
}
