import { problemAt, trainingKey, type ImportedTraining } from '@stardesk/domain';
import { bulkInsert, bulkUpdate, columns, deleteWhereIn } from '../bulk-write';
import type { ImportWriter, ImportWriterContext } from './import-writer';

const TRAINING_COLUMNS = columns('id:uuid', 'hours:numeric', 'trainer:text');
const ATTENDANCE_COLUMNS = columns('org_id:uuid', 'training_id:uuid', 'staff_id:uuid', 'score:numeric');

/**
 * trainings.csv: a training is identified by course and day. Stored already, it is refused as a
 * duplicate, or with `update` overwritten: hours and trainer, and its attendances replaced by those
 * of the row (the syllabus, which the layout does not carry, is kept). Attendees are found by login
 * among the staff (stored or in the set's staff.csv); an unknown login is a problem of the row naming
 * the attendees column, never a new person. `passed` is not in the layout and stays unknown (null).
 * Trainings have no unique index on (course, date): imports of an organisation run one at a time
 * (advisory lock), so the lookup here is enough for imports; two entered in the app on one day under
 * one course would export as a duplicate pair, which the import reports.
 */
export class TrainingsWriter implements ImportWriter<ImportedTraining> {
  private readonly inserts: unknown[][] = [];
  private readonly updates: unknown[][] = [];
  private readonly attendances: unknown[][] = [];

  constructor(private readonly context: ImportWriterContext) {}

  async resolve(records: readonly ImportedTraining[]): Promise<void> {
    const { session, catalogue } = this.context;
    const rows: { id: string; course: string; date: string }[] = await session.tx.query(
      'SELECT id, course, date::text AS date FROM trainings WHERE org_id = $1 AND course = ANY($2::text[])',
      [session.org.id, [...new Set(records.map((record) => record.course))]],
    );
    const stored = new Map(rows.map((row) => [trainingKey(row.course, row.date), row.id]));
    for (const record of records) {
      const staffIds = record.attendees.map((attendee) => {
        const staffId = catalogue.staff.get(attendee.login);
        if (!staffId && !session.refusedInSet('staff', attendee.login)) session.report(problemAt(record.source, 'attendees', 'notFound', { value: attendee.login }));
        return staffId;
      });
      const key = trainingKey(record.course, record.date);
      const existing = stored.get(key);
      if (existing && !session.options.update) {
        session.report(problemAt(record.source, 'course', 'alreadyExists', { key }));
        continue;
      }
      if (staffIds.some((staffId) => !staffId)) continue;
      const id = existing ?? session.newId();
      if (existing) this.updates.push([id, record.hours, record.trainer]);
      else this.inserts.push([id, record.hours, record.trainer, record.course, record.date]);
      record.attendees.forEach((attendee, index) => this.attendances.push([session.org.id, id, staffIds[index], attendee.score]));
    }
  }

  async write(): Promise<void> {
    const { session } = this.context;
    const orgId = session.org.id;
    await bulkInsert(session.tx, 'trainings', [...TRAINING_COLUMNS, ...columns('course:text', 'date:date', 'org_id:uuid')], this.inserts.map((row) => [...row, orgId]));
    await bulkUpdate(session.tx, 'trainings', orgId, TRAINING_COLUMNS, this.updates);
    await deleteWhereIn(session.tx, 'training_attendances', orgId, 'training_id', this.updates.map((row) => row[0] as string));
    await bulkInsert(session.tx, 'training_attendances', ATTENDANCE_COLUMNS, this.attendances);
    session.count('trainings', this.inserts.length, this.updates.length);
  }
}
