import { Injectable } from '@nestjs/common';
import type { CertificateType, ValidQualification } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlConditions } from '../../core/database/sql-conditions';
import type { Page } from '../../core/pagination/connection.model';
import { dateKeySql, keysetPage, type KeysetCursor } from '../../core/pagination/keyset';
import type { Qualification } from './qualification.model';

export interface QualificationListQuery {
  orgId: string;
  staffIds?: readonly string[] | null;
  certificateTypes?: readonly CertificateType[] | null;
  validAt?: string | null;
  /** Valid on `from` and ending on or before `until`. */
  expiring?: { from: string; until: string } | null;
}

interface QualificationRow {
  id: string;
  cursor_key: string;
  staff_id: string;
  staff_login: string;
  staff_name: string;
  certificate_type: CertificateType;
  certificate_no: string;
  issuer: string;
  title: string | null;
  valid_from: string;
  valid_until: string | null;
}

/** Sorted by the last valid day, soonest first; certificates that never expire last. */
const EXPIRY_KEY = `COALESCE(q.valid_until, DATE '9999-12-31')`;
const VALID_ON = (p: string): string => `q.valid_from <= ${p}::date AND (q.valid_until IS NULL OR q.valid_until >= ${p}::date)`;

const SELECT_QUALIFICATION = `
  SELECT q.id, ${dateKeySql(EXPIRY_KEY)} AS cursor_key, s.id AS staff_id, s.login AS staff_login, s.name AS staff_name,
         q.certificate_type, q.certificate_no, q.issuer, q.title,
         ${dateKeySql('q.valid_from')} AS valid_from, ${dateKeySql('q.valid_until')} AS valid_until
    FROM qualifications q JOIN staff s ON s.org_id = q.org_id AND s.id = q.staff_id`;

function toModel(row: QualificationRow): Qualification {
  return {
    id: row.id,
    staff: { id: row.staff_id, login: row.staff_login, name: row.staff_name },
    certificateType: row.certificate_type,
    certificateNo: row.certificate_no,
    issuer: row.issuer,
    title: row.title,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  };
}

function conditionsOf(query: QualificationListQuery): SqlConditions {
  return new SqlConditions('q.org_id', query.orgId)
    .when(query.staffIds?.length, (p) => `q.staff_id = ANY(${p}::uuid[])`, query.staffIds)
    .when(query.certificateTypes?.length, (p) => `q.certificate_type = ANY(${p}::varchar[])`, query.certificateTypes)
    .when(query.validAt, VALID_ON, query.validAt)
    .when(query.expiring, VALID_ON, query.expiring?.from)
    .when(query.expiring, (p) => `q.valid_until <= ${p}::date`, query.expiring?.until);
}

@Injectable()
export class QualificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  page(query: QualificationListQuery, page: { first: number; after: KeysetCursor | null }): Promise<Page<Qualification>> {
    const { where, params } = conditionsOf(query);
    return keysetPage(
      this.dataSource.manager,
      { select: SELECT_QUALIFICATION, where, params, keyColumn: EXPIRY_KEY, idColumn: 'q.id', keyType: 'date', direction: 'ASC' },
      page,
      toModel,
    );
  }

  async findById(orgId: string, id: string): Promise<Qualification | null> {
    const rows: QualificationRow[] = await this.dataSource.query(`${SELECT_QUALIFICATION} WHERE q.org_id = $1 AND q.id = $2`, [orgId, id]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  /** Certificates of many people (batched by the per-person loader), soonest expiry first. */
  async ofStaff(orgId: string, staffIds: readonly string[]): Promise<Map<string, Qualification[]>> {
    const rows: QualificationRow[] = await this.dataSource.query(
      `${SELECT_QUALIFICATION} WHERE q.org_id = $1 AND q.staff_id = ANY($2::uuid[]) ORDER BY ${EXPIRY_KEY}, q.id`,
      [orgId, staffIds],
    );
    const byStaff = new Map<string, Qualification[]>(staffIds.map((id) => [id, []]));
    for (const row of rows) byStaff.get(row.staff_id)?.push(toModel(row));
    return byStaff;
  }

  async exists(manager: EntityManager, orgId: string, certificateType: CertificateType, certificateNo: string): Promise<boolean> {
    const rows = await manager.query('SELECT 1 FROM qualifications WHERE org_id = $1 AND certificate_type = $2 AND certificate_no = $3', [orgId, certificateType, certificateNo]);
    return rows.length > 0;
  }

  async insert(manager: EntityManager, orgId: string, qualification: ValidQualification): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO qualifications (org_id, staff_id, certificate_type, certificate_no, issuer, title, valid_from, valid_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [orgId, qualification.staffId, qualification.certificateType, qualification.certificateNo, qualification.issuer, qualification.title, qualification.validFrom, qualification.validUntil],
    );
    return row!.id;
  }
}
