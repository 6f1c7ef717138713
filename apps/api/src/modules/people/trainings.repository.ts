import { Injectable } from '@nestjs/common';
import type { ValidTraining } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlConditions } from '../../core/database/sql-conditions';
import type { Page } from '../../core/pagination/connection.model';
import { dateKeySql, keysetPage, type KeysetCursor } from '../../core/pagination/keyset';
import type { Training } from './training.model';

export interface TrainingListQuery {
  orgId: string;
  staffIds?: readonly string[] | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}

interface TrainingRow {
  id: string;
  cursor_key: string;
  course: string;
  date: string;
  hours: string;
  trainer: string | null;
  syllabus: string | null;
  attendees: { staff: { id: string; login: string; name: string }; score: number | null; passed: boolean | null }[];
}

/** A training with every attendee in one row: no N+1. */
const SELECT_TRAINING = `
  SELECT t.id, ${dateKeySql('t.date')} AS cursor_key, t.course, ${dateKeySql('t.date')} AS date, t.hours, t.trainer, t.syllabus,
         COALESCE((SELECT json_agg(json_build_object(
                    'staff', json_build_object('id', s.id, 'login', s.login, 'name', s.name), 'score', a.score, 'passed', a.passed)
                    ORDER BY s.login)
                     FROM training_attendances a JOIN staff s ON s.org_id = a.org_id AND s.id = a.staff_id
                    WHERE a.org_id = t.org_id AND a.training_id = t.id), '[]') AS attendees
    FROM trainings t`;

function toModel(row: TrainingRow): Training {
  return {
    id: row.id,
    course: row.course,
    date: row.date,
    hours: Number(row.hours),
    trainer: row.trainer,
    syllabus: row.syllabus,
    attendeeCount: row.attendees.length,
    attendees: row.attendees.map((attendee) => ({ ...attendee, score: attendee.score === null ? null : Number(attendee.score) })),
  };
}

function conditionsOf(query: TrainingListQuery): SqlConditions {
  return new SqlConditions('t.org_id', query.orgId)
    .when(
      query.staffIds?.length,
      (p) => `EXISTS (SELECT 1 FROM training_attendances a WHERE a.org_id = t.org_id AND a.training_id = t.id AND a.staff_id = ANY(${p}::uuid[]))`,
      query.staffIds,
    )
    .when(query.dateFrom, (p) => `t.date >= ${p}::date`, query.dateFrom)
    .when(query.dateTo, (p) => `t.date <= ${p}::date`, query.dateTo);
}

@Injectable()
export class TrainingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Latest training first. */
  page(query: TrainingListQuery, page: { first: number; after: KeysetCursor | null }): Promise<Page<Training>> {
    const { where, params } = conditionsOf(query);
    return keysetPage(
      this.dataSource.manager,
      { select: SELECT_TRAINING, where, params, keyColumn: 't.date', idColumn: 't.id', keyType: 'date', direction: 'DESC' },
      page,
      toModel,
    );
  }

  async findById(orgId: string, id: string): Promise<Training | null> {
    const rows: TrainingRow[] = await this.dataSource.query(`${SELECT_TRAINING} WHERE t.org_id = $1 AND t.id = $2`, [orgId, id]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  /** Writes the training and its attendances (one statement for all attendees). */
  async insert(tx: EntityManager, orgId: string, training: ValidTraining): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      'INSERT INTO trainings (org_id, course, date, hours, trainer, syllabus) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [orgId, training.course, training.date, training.hours, training.trainer, training.syllabus],
    );
    await tx.query(
      `INSERT INTO training_attendances (org_id, training_id, staff_id, score, passed)
       SELECT $1, $2, a.staff_id, a.score, a.passed FROM unnest($3::uuid[], $4::numeric[], $5::boolean[]) AS a(staff_id, score, passed)`,
      [orgId, row!.id, training.attendees.map((a) => a.staffId), training.attendees.map((a) => a.score), training.attendees.map((a) => a.passed)],
    );
    return row!.id;
  }

  /**
   * Hours attended by each person between two local dates (inclusive; either may be open), for the
   * per-person loader: `trainingHoursPerStaff` adds these up.
   */
  async hoursOf(orgId: string, staffIds: readonly string[], from: string | null, to: string | null): Promise<Map<string, number>> {
    const rows: { staff_id: string; hours: string }[] = await this.dataSource.query(
      `SELECT a.staff_id, sum(t.hours) AS hours
         FROM training_attendances a JOIN trainings t ON t.org_id = a.org_id AND t.id = a.training_id
        WHERE a.org_id = $1 AND a.staff_id = ANY($2::uuid[])
          AND ($3::date IS NULL OR t.date >= $3::date) AND ($4::date IS NULL OR t.date <= $4::date)
        GROUP BY a.staff_id`,
      [orgId, staffIds, from, to],
    );
    return new Map(rows.map((row) => [row.staff_id, Number(row.hours)]));
  }
}
