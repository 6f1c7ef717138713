import { KpiSqlEngine, findImportOrganisation } from '@stardesk/database';
import {
  isValidLocalDate,
  KPI_CATALOG,
  KPI_DIMENSIONS,
  KPI_KEYS,
  ValidationFailed,
  type DurationStats,
  type FieldError,
  type KpiDefinition,
  type KpiDimension,
  type KpiValues,
} from '@stardesk/domain';
import { InvalidArgumentError, type Command } from 'commander';
import type { EntityManager } from 'typeorm';
import { CommandFailed, cliLocale } from '../output';
import { withDatabase } from '../with-database';

function localDate(value: string): string {
  if (!isValidLocalDate(value)) throw new InvalidArgumentError('a date written YYYY-MM-DD');
  return value;
}

interface KpiOptions {
  org: string;
  from: string;
  to: string;
  by?: string;
  json?: boolean;
}

/** The figures of kpis.md as JSON: the KPI keys exactly, rates number or null, durations {mean, p50, p90, n}. */
function jsonOf(values: KpiValues): Record<string, unknown> {
  return Object.fromEntries(KPI_KEYS.map((key) => [key, values[key]]));
}

const NONE = { 'zh-CN': '（无）', en: '(none)' } as const;

/** Row keys a person or a script recognises: codes of outlets and regions, logins of technicians. */
async function readableKeys(manager: EntityManager, orgId: string, dimension: KpiDimension, keys: (string | null)[]): Promise<Map<string | null, string>> {
  const table = dimension === 'outlet' ? 'outlets' : dimension === 'region' ? 'regions' : dimension === 'technician' ? 'staff' : null;
  const names = new Map<string | null, string>(keys.map((key) => [key, key ?? 'null']));
  if (table === null) return names;
  const ids = keys.filter((key): key is string => key !== null);
  const column = table === 'staff' ? 'login' : 'code';
  const rows: { id: string; name: string }[] = await manager.query(`SELECT id, ${column} AS name FROM ${table} WHERE org_id = $1 AND id = ANY($2::uuid[])`, [orgId, ids]);
  for (const row of rows) names.set(row.id, row.name);
  return names;
}

const fixed = (value: number, places: number): string => value.toFixed(places);

/** A figure as people read it: percent with one decimal, "—" for an empty population. */
export function formatKpi(definition: KpiDefinition, value: KpiValues[keyof KpiValues]): string {
  if (value === null) return '—';
  if (typeof value === 'object') {
    const stats = value as DurationStats;
    if (stats.n === 0) return '—';
    return `${fixed(stats.mean!, 1)} / ${fixed(stats.p50!, 1)} / ${fixed(stats.p90!, 1)} (n=${stats.n})`;
  }
  switch (definition.unit) {
    case 'rate':
      return `${fixed(value * 100, 1)}%`;
    case 'count':
      return String(value);
    case 'score':
      return fixed(value, definition.key === 'csi' ? 1 : 2);
    case 'perThousand':
      return `${fixed(value, 2)}‰`;
    case 'minutes':
    case 'hours':
      return fixed(value, 1);
  }
}

function table(header: string[], rows: string[][]): string {
  const width = (text: string): number => [...text].reduce((sum, char) => sum + (/[\u2E80-\uFFFF]/.test(char) ? 2 : 1), 0);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => width(row[column] ?? ''))));
  const line = (row: string[]): string => row.map((cell, column) => cell + ' '.repeat(widths[column]! - width(cell))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function registerKpiCommand(program: Command): void {
  program
    .command('kpi')
    .description('Every KPI of kpis.md for a period [from, to) in the organisation’s time zone, optionally broken down')
    .requiredOption('--org <code>', 'organisation code, e.g. ACME')
    .requiredOption('--from <date>', 'first day (local, YYYY-MM-DD)', localDate)
    .requiredOption('--to <date>', 'day after the last day (local, YYYY-MM-DD): the period is half-open', localDate)
    .option('--by <dimension>', `break down by ${KPI_DIMENSIONS.join(', ')}`)
    .option('--json', 'one JSON object keyed by the KPI keys (with --by, the rows under "rows")')
    .action(async (options: KpiOptions) => {
      const errors: FieldError[] = [];
      if (options.to <= options.from) errors.push({ field: 'to', code: 'notAfterFrom' });
      if (options.by !== undefined && !(KPI_DIMENSIONS as readonly string[]).includes(options.by)) {
        errors.push({ field: 'by', code: 'invalidChoice', params: { allowed: KPI_DIMENSIONS.join(', ') } });
      }
      if (errors.length) throw new ValidationFailed(errors);
      await withDatabase(async (database) => {
        const manager = database.dataSource.manager;
        const organisation = await findImportOrganisation(manager, options.org);
        if (!organisation) {
          console.error(cliLocale === 'en' ? `Organisation ${options.org} does not exist` : `组织 ${options.org} 不存在`);
          throw new CommandFailed(1);
        }
        const engine = new KpiSqlEngine(manager);
        const period = { from: options.from, to: options.to };
        const name = (definition: KpiDefinition): string => (cliLocale === 'en' ? definition.nameEn : definition.nameZh);
        if (options.by === undefined) {
          const totals = await engine.totals(organisation.id, period);
          if (options.json) {
            console.log(JSON.stringify(jsonOf(totals), null, 2));
            return;
          }
          const header = cliLocale === 'en' ? ['KPI', 'Value'] : ['指标', '数值'];
          console.log(table(header, KPI_CATALOG.map((definition) => [name(definition), formatKpi(definition, totals[definition.key])])));
          return;
        }
        const dimension = options.by as KpiDimension;
        const breakdown = await engine.breakdown(organisation.id, period, dimension);
        const keys = await readableKeys(manager, organisation.id, dimension, breakdown.rows.map((row) => row.key));
        if (options.json) {
          const rows = Object.fromEntries(breakdown.rows.map((row) => [keys.get(row.key) ?? 'null', jsonOf(row.kpis)]));
          console.log(JSON.stringify({ ...jsonOf(breakdown.total.kpis), rows }, null, 2));
          return;
        }
        const header = [
          cliLocale === 'en' ? 'KPI' : '指标',
          cliLocale === 'en' ? 'Total' : '合计',
          ...breakdown.rows.map((row) => (row.key === null ? NONE[cliLocale] : (keys.get(row.key) ?? row.key))),
        ];
        console.log(
          table(
            header,
            KPI_CATALOG.map((definition) => [
              name(definition),
              formatKpi(definition, breakdown.total.kpis[definition.key]),
              ...breakdown.rows.map((row) => formatKpi(definition, row.kpis[definition.key])),
            ]),
          ),
        );
      });
    });
}
