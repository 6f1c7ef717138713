#!/usr/bin/env node
// Writes libs/database/src/migrations/<timestamp>-<Name>.ts from the difference between the entities
// and the schema the existing migrations build, on a throw-away embedded PostgreSQL.
// Usage: npm run build && node tools/db/generate-migration.mjs <PascalName>
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { writeMigrationIndex } from './migration-index.mjs';

const require = createRequire(import.meta.url);
const { createDataSource, migrate, schemaDrift, startOrAttachEmbedded } = require('../../libs/database/dist/index.js');

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: node tools/db/generate-migration.mjs <PascalCaseName>');
  process.exit(2);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'stardesk-migration-'));
const port = 56000 + Math.floor(Math.random() * 1000);
const server = await startOrAttachEmbedded({ dataDir, port });
try {
  const dataSource = createDataSource({ url: server.url });
  await dataSource.initialize();
  await migrate(dataSource);
  const drift = await schemaDrift(dataSource);
  await dataSource.destroy();
  if (drift.up.length === 0) {
    console.log('The entities match the migrations; nothing to generate.');
  } else {
    const timestamp = Date.now();
    const file = path.join('libs/database/src/migrations', `${timestamp}-${name}.ts`);
    const literal = (query) => '`' + query.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${') + '`';
    const lines = (queries) => queries.map((query) => `    await queryRunner.query(${literal(query)});`).join('\n');
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
        `export class ${name}${timestamp} implements MigrationInterface {\n` +
        `  name = '${name}${timestamp}';\n\n` +
        `  async up(queryRunner: QueryRunner): Promise<void> {\n${lines(drift.up)}\n  }\n\n` +
        `  async down(queryRunner: QueryRunner): Promise<void> {\n${lines(drift.down)}\n  }\n}\n`,
    );
    writeMigrationIndex();
    console.log(`Wrote ${file} and updated libs/database/src/migrations/index.ts.`);
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
