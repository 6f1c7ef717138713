#!/usr/bin/env node
// Rewrites libs/database/src/migrations/index.ts from the migration files present, oldest first (file
// names start with a timestamp). Run on its own after merging branches that each added a migration.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function writeMigrationIndex() {
  const folder = 'libs/database/src/migrations';
  const files = readdirSync(folder).filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f)).sort();
  const classes = files.map((f) => {
    const [timestamp, className] = f.replace(/\.ts$/, '').split('-');
    return { module: f.replace(/\.ts$/, ''), name: `${className}${timestamp}` };
  });
  writeFileSync(
    path.join(folder, 'index.ts'),
    classes.map((c) => `import { ${c.name} } from './${c.module}';`).join('\n') +
      `\n\n/** Every migration, oldest first. Written by tools/db/migration-index.mjs. */\nexport const MIGRATIONS = [${classes.map((c) => c.name).join(', ')}];\n`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeMigrationIndex();
