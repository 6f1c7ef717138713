import { Injectable } from '@nestjs/common';
import { isCorrectiveActionOverdue, type CorrectiveActionSource, type CorrectiveActionStatus, type EffectivenessResult, type LocalDate } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlConditions } from '../../core/database/sql-conditions';
import type { Page } from '../../core/pagination/connection.model';
import { dateKeySql, keysetPage, type KeysetCursor } from '../../core/pagination/keyset';
import type { CorrectiveAction } from './corrective-action.model';

export interface CorrectiveActionListQuery {
  orgId: string;
  statuses?: readonly CorrectiveActionStatus[] | null;
  sources?: readonly CorrectiveActionSource[] | null;
  overdueOnly?: boolean | null;
}

type Person = { id: string; login: string; name: string };

interface CorrectiveActionRow {
  id: string;
  cursor_key: string;
  source: CorrectiveActionSource;
  source_reference: string | null;
  finding_ids: string[];
  problem: string;
  root_cause: string | null;
  action: string | null;
  owner: Person;
  due_date: string;
  status: CorrectiveActionStatus;
  completed_on: string | null;
  completion_note: string | null;
  effectiveness_result: EffectivenessResult | null;
  effectiveness_checked_on: string | null;
  checker: Person | null;
  effectiveness_note: string | null;
  created_at: Date;
  version: number;
}

const person = (alias: string, column: string) =>
  `(SELECT json_build_object('id', s.id, 'login', s.login, 'name', s.name) FROM staff s WHERE s.org_id = ${alias}.org_id AND s.id = ${alias}.${column})`;

const SELECT_ACTION = `
  SELECT c.id, ${dateKeySql('c.due_date')} AS cursor_key, c.source, c.source_reference, c.problem, c.root_cause, c.action,
         ${dateKeySql('c.due_date')} AS due_date, c.status, ${dateKeySql('c.completed_on')} AS completed_on, c.completion_note,
         c.effectiveness_result, ${dateKeySql('c.effectiveness_checked_on')} AS effectiveness_checked_on, c.effectiveness_note,
         c.created_at, c.version, ${person('c', 'owner_id')} AS owner, ${person('c', 'effectiveness_checked_by')} AS checker,
         ARRAY(SELECT f.id FROM audit_findings f WHERE f.org_id = c.org_id AND f.corrective_action_id = c.id ORDER BY f.created_at) AS finding_ids
    FROM corrective_actions c`;

function toModel(row: CorrectiveActionRow, today: LocalDate): CorrectiveAction {
  return {
    id: row.id,
    source: row.source,
    sourceReference: row.source_reference,
    auditFindingIds: row.finding_ids,
    problem: row.problem,
    rootCause: row.root_cause,
    action: row.action,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status,
    overdue: isCorrectiveActionOverdue({ status: row.status, dueDate: row.due_date }, today),
    completedOn: row.completed_on,
    completionNote: row.completion_note,
    effectivenessResult: row.effectiveness_result,
    effectivenessCheckedOn: row.effectiveness_checked_on,
    effectivenessCheckedBy: row.checker,
    effectivenessNote: row.effectiveness_note,
    createdAt: row.created_at,
    version: row.version,
  };
}

@Injectable()
export class CorrectiveActionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Earliest due first, so what is late or nearly late leads the list. */
  page(query: CorrectiveActionListQuery, page: { first: number; after: KeysetCursor | null }, today: LocalDate): Promise<Page<CorrectiveAction>> {
    const { where, params } = new SqlConditions('c.org_id', query.orgId)
      .when(query.statuses?.length, (p) => `c.status = ANY(${p}::varchar[])`, query.statuses)
      .when(query.sources?.length, (p) => `c.source = ANY(${p}::varchar[])`, query.sources)
      .when(query.overdueOnly, (p) => `c.status = 'OPEN' AND c.due_date < ${p}::date`, today);
    return keysetPage(
      this.dataSource.manager,
      { select: SELECT_ACTION, where, params, keyColumn: 'c.due_date', idColumn: 'c.id', keyType: 'date', direction: 'ASC' },
      page,
      (row: CorrectiveActionRow) => toModel(row, today),
    );
  }

  async findById(orgId: string, id: string, today: LocalDate, manager: EntityManager = this.dataSource.manager): Promise<CorrectiveAction | null> {
    const rows: CorrectiveActionRow[] = await manager.query(`${SELECT_ACTION} WHERE c.org_id = $1 AND c.id = $2`, [orgId, id]);
    return rows[0] ? toModel(rows[0], today) : null;
  }
}
