import { deploymentAuditKey, verifyAuditChains, type ChainReport } from '@stardesk/database';
import type { Command } from 'commander';
import { cliLocale, CommandFailed } from '../output';
import { withDatabase } from '../with-database';

const REASON: Record<NonNullable<ChainReport['firstBreak']>['reason'], { 'zh-CN': string; en: string }> = {
  ENTRY_MAC_MISMATCH: {
    'zh-CN': '条目校验码不符：该条目被改动、在产品之外插入，或记录的是绕过产品的 SQL 修改',
    en: 'entry MAC mismatch: the entry was altered, inserted outside StarDesk, or records a change made by SQL outside StarDesk',
  },
  CHAIN_HASH_MISMATCH: { 'zh-CN': '链哈希不符：条目顺序或链接被改动', en: 'chain hash mismatch: the order or linking of entries was altered' },
  MISSING_ENTRY: { 'zh-CN': '缺少条目：此前的条目被删除', en: 'missing entry: an earlier entry was deleted' },
  HEAD_MISMATCH: { 'zh-CN': '链尾不符：最新的条目被删除或链头被改动', en: 'head mismatch: the newest entries were deleted or the head was moved' },
};

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Tamper-evident audit trail');

  audit
    .command('verify')
    .description('Recompute every organisation\'s audit hash chain; exit 1 at the first broken link')
    .option('--org <code>', 'only this organisation')
    .option('--json', 'print the report as JSON')
    .action(async (options: { org?: string; json?: boolean }) => {
      const key = deploymentAuditKey();
      const reports = await withDatabase((database) => verifyAuditChains(database.dataSource, key, options.org));
      if (options.json) console.log(JSON.stringify(reports, null, 2));
      else for (const report of reports) printReport(report);
      if (options.org && reports.length === 0) {
        console.error(cliLocale === 'en' ? `No audit trail for organisation ${options.org}` : `组织 ${options.org} 没有审计记录`);
        throw new CommandFailed(1);
      }
      if (reports.some((report) => report.firstBreak)) throw new CommandFailed(1);
    });
}

function printReport(report: ChainReport): void {
  const org = report.orgCode ?? report.orgId;
  const broken = report.firstBreak;
  if (!broken) {
    console.log(
      cliLocale === 'en'
        ? `${org}: OK, ${report.entries} sealed entries (+${report.unsealed} pending), head ${report.headSeq} ${report.headHash}`
        : `${org}：完好，已封存 ${report.entries} 条（另有 ${report.unsealed} 条待封存），链头 ${report.headSeq} ${report.headHash}`,
    );
    return;
  }
  const where = [
    broken.chainSeq ? `#${broken.chainSeq}` : null,
    broken.auditId ? `audit_log.id=${broken.auditId}` : null,
    broken.entity ? `${broken.entity} ${broken.entityId}` : null,
    broken.operation ? `(${broken.operation})` : null,
  ]
    .filter(Boolean)
    .join(' ');
  console.log(
    cliLocale === 'en'
      ? `${org}: BROKEN after ${report.entries} good entries at ${where} — ${REASON[broken.reason].en}`
      : `${org}：在 ${report.entries} 条完好条目之后断链，位置 ${where} —— ${REASON[broken.reason]['zh-CN']}`,
  );
}
