import { STAFF_ROLES, type StaffRole } from '../../service-request/service-request.types';
import { parseCodeListCell } from '../cell-parsers';
import { column } from '../column-spec';
import type { ImportRecordType, RowSource } from '../import-record-type';
import type { RowReader } from '../row-reader';

export const STAFF_COLUMNS = [
  column('login', '登录名', true),
  column('name', '姓名', true),
  column('role', '角色', true),
  column('phone', '电话'),
  column('active', '在职'),
  column('outlets', '所属网点'),
] as const;

export type StaffColumn = (typeof STAFF_COLUMNS)[number]['key'];

/** The staff register: who works for the organisation, in which role, for which outlets. */
export interface ImportedStaff {
  source: RowSource;
  login: string;
  name: string;
  role: StaffRole;
  phone: string | null;
  active: boolean;
  /** Codes of the outlets the person works for (`;`-separated in the file). */
  outletCodes: string[];
}

function readStaff(reader: RowReader<StaffColumn>): ImportedStaff | null {
  const login = reader.text('login', 64, true);
  const name = reader.text('name', 64, true);
  const role = reader.choice('role', STAFF_ROLES, true);
  const phone = reader.phone('phone');
  const active = reader.boolean('active') ?? true;
  const outlets = reader.raw('outlets');
  const outletCodes = outlets ? parseCodeListCell(outlets) : [];
  if (outletCodes.some((code) => code.length > 32)) reader.problem('outlets', 'tooLong', { max: 32 });
  if (reader.failed) return null;
  return { source: reader.source, login: login!, name: name!, role: role!, phone, active, outletCodes };
}

export const STAFF_IMPORT: ImportRecordType<ImportedStaff, StaffColumn> = {
  name: 'staff',
  columns: STAFF_COLUMNS,
  readRow: readStaff,
  key: (record) => record.login,
  keyColumn: 'login',
};
