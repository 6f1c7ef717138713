// API cold start with embedded PostgreSQL: from spawning `node apps/api/dist/main.js` on the data set's
// folder (the API starts the embedded server itself) to the first answered query (a sign-in, which
// reads the database). The harness's own server is stopped meanwhile and restarted after.
import { answersSignIn, startApi } from '../lib/api.mjs';
import { figure } from '../lib/figures.mjs';
import { freePort } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';

export async function coldStartWorkload(dataset, { runs, log }) {
  await dataset.stopServer();
  const times = [];
  try {
    for (let run = 0; run < Math.min(runs, 3); run++) {
      const env = { DATABASE_URL: '', STARDESK_DATA_DIR: dataset.dir, EMBEDDED_PG_PORT: String(await freePort()) };
      const api = await startApi(env, { ready: answersSignIn });
      times.push(api.readyMs / 1000);
      await api.stop();
      log(`cold start run ${run + 1}: ${(api.readyMs / 1000).toFixed(2)} s`);
    }
  } finally {
    await dataset.restartServer();
  }
  return {
    figures: [figure('API cold start (embedded PG)', 'to first answered query', median(times), 's', { target: { op: '<=', value: 10 }, runs: times })],
    details: {},
  };
}
