import { Injectable } from '@nestjs/common';
import type { ValidStaffEvaluation } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlConditions } from '../../core/database/sql-conditions';
import type { Page } from '../../core/pagination/connection.model';
import { dateKeySql, keysetPage, type KeysetCursor } from '../../core/pagination/keyset';
import type { StaffEvaluation } from './staff-evaluation.model';

export interface StaffEvaluationListQuery {
  orgId: string;
  staffIds?: readonly string[] | null;
  periodFrom?: string | null;
  periodTo?: string | null;
}

interface EvaluationRow {
  id: string;
  cursor_key: string;
  staff_id: string;
  staff_login: string;
  staff_name: string;
  period_from: string;
  period_to: string;
  attitude: number;
  problem_solving: number;
  satisfaction: number;
  score: string;
  evaluator_id: string;
  evaluator_login: string;
  evaluator_name: string;
  note: string | null;
  created_at: Date;
}

const SELECT_EVALUATION = `
  SELECT e.id, ${dateKeySql('e.period_to')} AS cursor_key, s.id AS staff_id, s.login AS staff_login, s.name AS staff_name,
         ${dateKeySql('e.period_from')} AS period_from, ${dateKeySql('e.period_to')} AS period_to,
         e.attitude, e.problem_solving, e.satisfaction, e.score,
         ev.id AS evaluator_id, ev.login AS evaluator_login, ev.name AS evaluator_name, e.note, e.created_at
    FROM staff_evaluations e
    JOIN staff s ON s.org_id = e.org_id AND s.id = e.staff_id
    JOIN staff ev ON ev.org_id = e.org_id AND ev.id = e.evaluator_id`;

function toModel(row: EvaluationRow): StaffEvaluation {
  return {
    id: row.id,
    staff: { id: row.staff_id, login: row.staff_login, name: row.staff_name },
    periodFrom: row.period_from,
    periodTo: row.period_to,
    attitude: row.attitude,
    problemSolving: row.problem_solving,
    satisfaction: row.satisfaction,
    score: Number(row.score),
    evaluator: { id: row.evaluator_id, login: row.evaluator_login, name: row.evaluator_name },
    note: row.note,
    createdAt: row.created_at,
  };
}

function conditionsOf(query: StaffEvaluationListQuery): SqlConditions {
  return new SqlConditions('e.org_id', query.orgId)
    .when(query.staffIds?.length, (p) => `e.staff_id = ANY(${p}::uuid[])`, query.staffIds)
    .when(query.periodFrom, (p) => `e.period_to >= ${p}::date`, query.periodFrom)
    .when(query.periodTo, (p) => `e.period_from <= ${p}::date`, query.periodTo);
}

@Injectable()
export class StaffEvaluationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Latest period first. */
  page(query: StaffEvaluationListQuery, page: { first: number; after: KeysetCursor | null }): Promise<Page<StaffEvaluation>> {
    const { where, params } = conditionsOf(query);
    return keysetPage(
      this.dataSource.manager,
      { select: SELECT_EVALUATION, where, params, keyColumn: 'e.period_to', idColumn: 'e.id', keyType: 'date', direction: 'DESC' },
      page,
      toModel,
    );
  }

  async findById(orgId: string, id: string): Promise<StaffEvaluation | null> {
    const rows: EvaluationRow[] = await this.dataSource.query(`${SELECT_EVALUATION} WHERE e.org_id = $1 AND e.id = $2`, [orgId, id]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  async exists(manager: EntityManager, orgId: string, evaluation: ValidStaffEvaluation): Promise<boolean> {
    const rows = await manager.query(
      'SELECT 1 FROM staff_evaluations WHERE org_id = $1 AND staff_id = $2 AND period_from = $3 AND period_to = $4',
      [orgId, evaluation.staffId, evaluation.periodFrom, evaluation.periodTo],
    );
    return rows.length > 0;
  }

  async insert(manager: EntityManager, orgId: string, evaluation: ValidStaffEvaluation): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO staff_evaluations (org_id, staff_id, period_from, period_to, attitude, problem_solving, satisfaction, score, evaluator_id, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        orgId, evaluation.staffId, evaluation.periodFrom, evaluation.periodTo, evaluation.attitude, evaluation.problemSolving,
        evaluation.satisfaction, evaluation.score, evaluation.evaluatorId, evaluation.note,
      ],
    );
    return row!.id;
  }
}
