import { OUTLET_KINDS, type OutletKind } from '../../service-request/service-request.types';
import { column } from '../column-spec';
import type { ImportRecordType, RowSource } from '../import-record-type';
import type { RowReader } from '../row-reader';

export const OUTLET_COLUMNS = [
  column('code', '网点编码', true),
  column('name', '网点名称', true),
  column('kind', '网点类型', true),
  column('region', '所属区域'),
  column('city', '城市', true),
  column('address', '地址'),
] as const;

export type OutletColumn = (typeof OUTLET_COLUMNS)[number]['key'];

/** 服务网点: own branches, partner workshops and agents. */
export interface ImportedOutlet {
  source: RowSource;
  code: string;
  name: string;
  kind: OutletKind;
  /** Code or name of the region; a region not known yet is created with it as code and name. */
  region: string | null;
  city: string;
  address: string | null;
}

function readOutlet(reader: RowReader<OutletColumn>): ImportedOutlet | null {
  const code = reader.text('code', 32, true);
  const name = reader.text('name', 100, true);
  const kind = reader.choice('kind', OUTLET_KINDS, true);
  const region = reader.text('region', 32);
  const city = reader.text('city', 64, true);
  const address = reader.text('address', 200);
  if (reader.failed) return null;
  return { source: reader.source, code: code!, name: name!, kind: kind!, region, city: city!, address };
}

export const OUTLETS_IMPORT: ImportRecordType<ImportedOutlet, OutletColumn> = {
  name: 'outlets',
  columns: OUTLET_COLUMNS,
  readRow: readOutlet,
  key: (record) => record.code,
  keyColumn: 'code',
};
