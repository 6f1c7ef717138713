import { Writable } from 'node:stream';
import { PackageZip, writeTo } from './package-zip';

/** An output that never takes a byte: a download whose client stopped reading. */
const stalledOutput = (): Writable => new Writable({ highWaterMark: 1024, write: () => undefined });

/** A CSV line much like the package's service requests (deflates about 4:1). */
const line = (row: number): string =>
  `SR-2026-${String(row).padStart(7, '0')},REPAIR,PHONE,NORMAL,客户${row % 997},138****${String(row % 10000).padStart(4, '0')},广东省深圳市南山区****,KFR-${row % 89},空调,SN${(row * 7919) % 1000003},不制冷,OUT-${row % 400},2026-03-0${1 + (row % 9)}T10:11:12+08:00\r\n`;

describe('PackageZip', () => {
  it('stops taking an entry’s content while its output takes nothing: what it holds does not grow with the entry', async () => {
    const zip = new PackageZip(stalledOutput(), new Date(0), 1);
    const rows = 200_000;
    let written = 0;
    void zip.add('records/service-requests.csv', async (sink) => {
      for (let row = 0; row < rows; row += 50) {
        await writeTo(sink, Array.from({ length: 50 }, (_, index) => line(row + index)).join(''));
        written += 50;
      }
    });
    let last = -1;
    while (written !== last) {
      last = written;
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    // About a megabyte of CSV sits in the streams' buffers, then the producer waits.
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(rows / 10);
    zip.abort();
  });
});
