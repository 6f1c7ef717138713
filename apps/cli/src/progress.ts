/**
 * A progress bar on standard error: redrawn in place on a terminal, a line every tenth of the way
 * otherwise (CI logs, pipes), so long commands show they are alive without flooding a log.
 */
export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr): { update(done: number, total: number): void; end(): void } {
  const startedAt = Date.now();
  let lastTenth = -1;
  let lastDraw = 0;
  return {
    update(done, total) {
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
      if (stream.isTTY) {
        if (Date.now() - lastDraw < 100 && share < 1) return;
        lastDraw = Date.now();
        const width = 30;
        const filled = Math.round(share * width);
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)} % ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${seconds} s`);
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      stream.write(`${label} ${tenth * 10} % (${done.toLocaleString('en')}/${total.toLocaleString('en')}, ${seconds} s)\n`);
    },
    end() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
