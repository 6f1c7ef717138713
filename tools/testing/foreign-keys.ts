import type { DataSource } from 'typeorm';

export interface BrokenReference {
  constraint: string;
  table: string;
  orphans: number;
}

/**
 * Every foreign key of the schema checked by an anti-join, whatever wrote the rows: bulk loads that
 * run with row triggers off (the data generator) must still leave no orphan behind.
 */
export async function brokenReferences(dataSource: DataSource): Promise<BrokenReference[]> {
  const constraints: { name: string; child: string; parent: string; child_columns: string[]; parent_columns: string[] }[] = await dataSource.query(
    `SELECT k.conname AS name, c.relname AS child, p.relname AS parent,
            array(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS u(n, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i) AS child_columns,
            array(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY AS u(n, i) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i) AS parent_columns
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace`,
  );
  const broken: BrokenReference[] = [];
  for (const constraint of constraints) {
    const notNull = constraint.child_columns.map((column) => `c."${column}" IS NOT NULL`).join(' AND ');
    const join = constraint.child_columns.map((column, index) => `p."${constraint.parent_columns[index]}" = c."${column}"`).join(' AND ');
    const [{ orphans }]: { orphans: number }[] = await dataSource.query(
      `SELECT count(*)::int AS orphans FROM "${constraint.child}" c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM "${constraint.parent}" p WHERE ${join})`,
    );
    if (orphans) broken.push({ constraint: constraint.name, table: constraint.child, orphans });
  }
  return broken;
}
