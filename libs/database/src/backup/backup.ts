import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { PassThrough, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { PoolClient } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Logical backup of the server in use (the embedded PostgreSQL ships no pg_dump, and Debian's client
 * is older than server 18). Archive format 1, gzip'd text:
 *
 *   STARDESK-BACKUP 1
 *   {"format":1,"createdAt":…,"server":…,"migrations":[…],"tables":[…]}      (header, one line)
 *   TABLE <name> ["col",…]
 *   <rows in COPY text format, ordered by primary key>
 *   \.
 *   END <name> <rows> <sha256 of the rows' bytes>
 *   …
 *   END-BACKUP <table count>
 *
 * One REPEATABLE READ snapshot for all tables; tables in foreign-key order; every table streams
 * (COPY TO → hash → gzip → file, COPY FROM on restore), so memory does not grow with the data.
 * The audit_log is backed up as it is: the chain verifies after a restore only with the same
 * audit key, which is kept outside the database and must be carried separately.
 */
export const BACKUP_FORMAT = 1;
const MAGIC = `STARDESK-BACKUP ${BACKUP_FORMAT}`;
const EXCLUDED = new Set(['schema_migrations']);

export interface TableSummary {
  table: string;
  rows: number;
  sha256: string;
}

export interface BackupHeader {
  format: number;
  createdAt: string;
  server: string;
  migrations: string[];
  tables: string[];
}

export interface BackupSummary {
  header: BackupHeader;
  tables: TableSummary[];
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

interface TableInfo {
  name: string;
  columns: string[];
  primaryKey: string[];
}

/** Tables of the current schema, parents before children (self-references aside). */
async function tablesInForeignKeyOrder(query: QueryRunner['query']): Promise<TableInfo[]> {
  const tables = (await query(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) FILTER (WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns,
            (SELECT array_agg(pa.attname::text ORDER BY k.ord)
               FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute pa ON pa.attrelid = i.indrelid AND pa.attnum = k.attnum
              WHERE i.indrelid = c.oid AND i.indisprimary) AS primary_key
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = current_schema() AND c.relkind = 'r'
      GROUP BY c.oid, c.relname
      ORDER BY c.relname`,
  )) as { name: string; columns: string[]; primary_key: string[] | null }[];
  const edges = (await query(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint f
       JOIN pg_class child ON child.oid = f.conrelid
       JOIN pg_class parent ON parent.oid = f.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE f.contype = 'f' AND n.nspname = current_schema() AND f.conrelid <> f.confrelid`,
  )) as { child: string; parent: string }[];
  const parentsOf = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!parentsOf.has(edge.child)) parentsOf.set(edge.child, new Set());
    parentsOf.get(edge.child)!.add(edge.parent);
  }
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const byName = new Map(tables.map((table) => [table.name, table]));
  const visit = (name: string): void => {
    if (done.has(name)) return;
    if (visiting.has(name)) throw new BackupError(`foreign keys form a cycle through ${name}`);
    visiting.add(name);
    for (const parent of [...(parentsOf.get(name) ?? [])].sort()) visit(parent);
    visiting.delete(name);
    done.add(name);
    const table = byName.get(name);
    if (table && !EXCLUDED.has(name)) ordered.push({ name, columns: table.columns, primaryKey: table.primary_key ?? table.columns });
  };
  for (const table of tables) visit(table.name);
  return ordered;
}

async function appliedMigrations(query: QueryRunner['query']): Promise<string[]> {
  const rows = (await query(`SELECT name FROM schema_migrations ORDER BY id`)) as { name: string }[];
  return rows.map((row) => row.name);
}

/** Counts rows (lines) and hashes the bytes passing through. */
class RowHasher extends Transform {
  readonly hash = createHash('sha256');
  rows = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) this.rows += 1;
    callback(null, chunk);
  }
}

async function withClient<T>(dataSource: DataSource, work: (runner: QueryRunner, client: PoolClient) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    return await work(runner, client);
  } finally {
    await runner.release();
  }
}

async function write(stream: PassThrough, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export async function backupDatabase(dataSource: DataSource, file: string): Promise<BackupSummary> {
  return withClient(dataSource, async (runner, client) => {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const tables = await tablesInForeignKeyOrder((sql, parameters) => runner.query(sql, parameters));
      const [{ version }] = (await runner.query('SELECT version()')) as { version: string }[];
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        server: version!,
        migrations: await appliedMigrations((sql, parameters) => runner.query(sql, parameters)),
        tables: tables.map((table) => table.name),
      };
      const out = new PassThrough();
      out.setMaxListeners(0); // one pipeline per table attaches its listeners to the shared output
      const written = pipeline(out, createGzip({ level: 6 }), createWriteStream(file, { mode: 0o600 }));
      const summaries: TableSummary[] = [];
      try {
        await write(out, `${MAGIC}\n${JSON.stringify(header)}\n`);
        for (const table of tables) {
          await write(out, `TABLE ${table.name} ${JSON.stringify(table.columns)}\n`);
          const columns = table.columns.map(quoteIdent).join(', ');
          const order = table.primaryKey.map(quoteIdent).join(', ');
          const source = client.query(copyTo(`COPY (SELECT ${columns} FROM ${quoteIdent(table.name)} ORDER BY ${order}) TO STDOUT`));
          const hasher = new RowHasher();
          await pipeline(source, hasher, out, { end: false });
          const summary = { table: table.name, rows: hasher.rows, sha256: hasher.hash.digest('hex') };
          summaries.push(summary);
          await write(out, `\\.\nEND ${summary.table} ${summary.rows} ${summary.sha256}\n`);
        }
        await write(out, `END-BACKUP ${tables.length}\n`);
      } finally {
        out.end();
        await written;
      }
      return { header, tables: summaries };
    } finally {
      await runner.query('ROLLBACK');
    }
  });
}

export interface RestoreOptions {
  /** Empty a non-empty database first (in the same transaction). */
  replace?: boolean;
}

/**
 * Restores an archive into a database migrated to the same schema version, in ONE transaction: either
 * every table is loaded and every count and checksum matches, or nothing changes.
 */
export async function restoreDatabase(dataSource: DataSource, file: string, options: RestoreOptions = {}): Promise<BackupSummary> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const result = await iterator.next();
    if (result.done) throw new BackupError('the archive ends early (truncated file?)');
    return result.value;
  };
  try {
    if ((await next()) !== MAGIC) throw new BackupError(`not a StarDesk backup of format ${BACKUP_FORMAT}`);
    const header = JSON.parse(await next()) as BackupHeader;
    return await withClient(dataSource, async (runner, client) => {
      const query: QueryRunner['query'] = (sql, parameters) => runner.query(sql, parameters);
      const migrations = await appliedMigrations(query);
      if (migrations.join(',') !== header.migrations.join(',')) {
        throw new BackupError(
          `the backup was made at schema version ${header.migrations.at(-1) ?? '(none)'}, this database is at ${migrations.at(-1) ?? '(none)'}; ` +
            'restore with the StarDesk version that made the backup',
        );
      }
      const tables = await tablesInForeignKeyOrder(query);
      const known = new Map(tables.map((table) => [table.name, table]));
      for (const name of header.tables) if (!known.has(name)) throw new BackupError(`table ${name} of the backup does not exist here`);

      await runner.query('BEGIN');
      try {
        const nonEmpty = [];
        for (const table of tables) {
          const [row] = (await runner.query(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table.name)}) AS any`)) as { any: boolean }[];
          if (row!.any) nonEmpty.push(table.name);
        }
        // Triggers (audit capture, seal, guard) stay off while loading: the archive already holds the
        // audit trail of these rows. Foreign keys stay checked; self-references are checked at the end.
        for (const table of tables) await runner.query(`ALTER TABLE ${quoteIdent(table.name)} DISABLE TRIGGER USER`);
        if (nonEmpty.length) {
          if (!options.replace) throw new BackupError(`the database is not empty (${nonEmpty.join(', ')}); use --replace to overwrite it`);
          await runner.query(`TRUNCATE ${tables.map((table) => quoteIdent(table.name)).join(', ')}`);
        }
        const selfReferences = (await runner.query(
          `SELECT c.relname AS table, f.conname AS name FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE f.contype = 'f' AND f.conrelid = f.confrelid AND n.nspname = current_schema() AND NOT f.condeferrable`,
        )) as { table: string; name: string }[];
        for (const fk of selfReferences) {
          await runner.query(`ALTER TABLE ${quoteIdent(fk.table)} ALTER CONSTRAINT ${quoteIdent(fk.name)} DEFERRABLE INITIALLY DEFERRED`);
        }

        const summaries: TableSummary[] = [];
        for (;;) {
          const line = await next();
          if (line.startsWith('END-BACKUP')) break;
          const match = /^TABLE (\S+) (.*)$/.exec(line);
          if (!match) throw new BackupError(`unexpected line in the archive: ${line.slice(0, 80)}`);
          const name = match[1]!;
          const columns = JSON.parse(match[2]!) as string[];
          const sink = client.query(copyFrom(`COPY ${quoteIdent(name)} (${columns.map(quoteIdent).join(', ')}) FROM STDIN`));
          const finished = once(sink, 'finish');
          const hash = createHash('sha256');
          let rows = 0;
          for (;;) {
            const row = await next();
            if (row === '\\.') break;
            const bytes = `${row}\n`;
            hash.update(bytes, 'utf8');
            rows += 1;
            if (!sink.write(bytes)) await Promise.race([once(sink, 'drain'), once(sink, 'error').then(([error]) => Promise.reject(error as Error))]);
          }
          sink.end();
          await finished;
          const end = /^END (\S+) (\d+) ([0-9a-f]{64})$/.exec(await next());
          const summary = { table: name, rows, sha256: hash.digest('hex') };
          if (!end || end[1] !== name || Number(end[2]) !== rows || end[3] !== summary.sha256) {
            throw new BackupError(`table ${name}: rows or checksum do not match the archive (damaged file?)`);
          }
          summaries.push(summary);
        }
        await runner.query('SET CONSTRAINTS ALL IMMEDIATE');
        for (const fk of selfReferences) {
          await runner.query(`ALTER TABLE ${quoteIdent(fk.table)} ALTER CONSTRAINT ${quoteIdent(fk.name)} NOT DEFERRABLE`);
        }
        for (const table of tables) await runner.query(`ALTER TABLE ${quoteIdent(table.name)} ENABLE TRIGGER USER`);
        // Sequences (audit_log.id) continue after the restored rows.
        await resetSequences(runner);
        await runner.query('COMMIT');
        return { header, tables: summaries };
      } catch (error) {
        await runner.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  } finally {
    lines.close();
  }
}

async function resetSequences(runner: QueryRunner): Promise<void> {
  const sequences = (await runner.query(
    `SELECT c.table_name, c.column_name, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS seq
       FROM information_schema.columns c
      WHERE c.table_schema = current_schema() AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL`,
  )) as { table_name: string; column_name: string; seq: string }[];
  for (const sequence of sequences) {
    await runner.query(
      `SELECT setval($1, coalesce((SELECT max(${quoteIdent(sequence.column_name)}) FROM ${quoteIdent(sequence.table_name)}), 0) + 1, false)`,
      [sequence.seq],
    );
  }
}
