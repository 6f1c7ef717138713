// Command-line options of `npm run bench`.

export const WORKLOADS = ['seed', 'kpi', 'mutation', 'export', 'import', 'cold-start', 'web'];

/** Parses the arguments after `node tools/bench/run.mjs`; throws on an unknown option or workload. */
export function parseOptions(argv) {
  const options = { argv, requests: 1_000_000, runs: 5, seed: 27922, only: WORKLOADS, reuse: false, keep: false };
  const value = (index) => {
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--')) throw new Error(`${argv[index]} needs a value`);
    return next;
  };
  const positive = (text, name) => {
    const number = Number(String(text).replace(/[_,]/g, ''));
    if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a positive integer, not ${text}`);
    return number;
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    switch (arg) {
      case '--requests': options.requests = positive(value(index++), arg); break;
      case '--runs': options.runs = positive(value(index++), arg); break;
      case '--seed': options.seed = positive(value(index++), arg); break;
      case '--only': {
        const names = value(index++).split(',').map((name) => name.trim()).filter(Boolean);
        const unknown = names.filter((name) => !WORKLOADS.includes(name));
        if (unknown.length) throw new Error(`unknown workload(s) ${unknown.join(', ')}; known: ${WORKLOADS.join(', ')}`);
        options.only = WORKLOADS.filter((name) => names.includes(name));
        break;
      }
      case '--reuse': options.reuse = true; break;
      case '--keep': options.keep = true; break;
      default: throw new Error(`unknown option ${arg}`);
    }
  }
  return options;
}
