import { verifyEvidencePackage } from '@stardesk/database';
import type { Command } from 'commander';
import { CommandFailed, cliLocale } from '../output';

/**
 * `stardesk verify package.zip`: checks an evidence package offline (no database): the manifest's
 * Ed25519 signature and every file's SHA-256; names every file changed, added or removed and exits
 * non-zero on any mismatch.
 */
export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('Check an evidence package: the manifest signature and every file hash (offline)')
    .argument('<package>', 'the evidence package (.zip)')
    .action(async (file: string) => {
      const en = cliLocale === 'en';
      let report;
      try {
        report = await verifyEvidencePackage(file);
      } catch (error) {
        console.error(en ? `Not a readable package: ${(error as Error).message}` : `无法读取证据包：${(error as Error).message}`);
        throw new CommandFailed(2);
      }
      if (!report.manifestReadable) {
        console.error(en ? 'manifest.json is missing or unreadable' : 'manifest.json 缺失或无法读取');
      } else {
        const meta = report.metadata!;
        console.log(en ? `Package of ${meta.organisationName} (${meta.organisationCode}), ${meta.periodFrom} – ${meta.periodTo}, generated ${meta.generatedAt}` : `${meta.organisationName}（${meta.organisationCode}）${meta.periodFrom} 至 ${meta.periodTo} 的证据包，生成于 ${meta.generatedAt}`);
        console.log(en ? `Signing key fingerprint ${report.keyFingerprint}` : `签名密钥指纹 ${report.keyFingerprint}`);
        if (!report.signatureValid) console.error(en ? 'SIGNATURE INVALID: manifest.json was changed or not signed by this key' : '签名无效：manifest.json 已被修改或并非此密钥签署');
      }
      for (const name of report.changed) console.error(en ? `CHANGED  ${name}` : `已修改  ${name}`);
      for (const name of report.added) console.error(en ? `ADDED    ${name}` : `多出    ${name}`);
      for (const name of report.removed) console.error(en ? `REMOVED  ${name}` : `缺少    ${name}`);
      if (!report.ok) {
        console.error(en ? 'Verification FAILED' : '校验失败');
        throw new CommandFailed(1);
      }
      console.log(en ? `Verified: signature valid, ${report.checked} files match their hashes` : `校验通过：签名有效，${report.checked} 个文件与哈希一致`);
    });
}
