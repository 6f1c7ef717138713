#!/usr/bin/env node
'use strict';
// Entry of `npx stardesk`. Builds the CLI on first use after `npm ci` (a few seconds), so the command
// works from a fresh clone without a separate build step.
const { existsSync } = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '../../..');
const entry = path.join(__dirname, '../dist/main.js');
if (!existsSync(entry)) {
  process.stderr.write('stardesk: building the command line tool (first run)...\n');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'apps/cli/tsconfig.app.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
require(entry);
