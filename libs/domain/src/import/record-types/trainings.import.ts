import { ValidationFailed } from '../../common/field-error';
import { localDateOf } from '../../common/time-zone';
import { TRAINING_LIMITS, validateTraining } from '../../people/training';
import { column } from '../column-spec';
import type { ImportProblemCode } from '../import-problem';
import type { ImportRecordType, RowSource } from '../import-record-type';
import type { RowReader } from '../row-reader';

export const TRAINING_COLUMNS = [
  column('course', '培训课程', true),
  column('date', '培训日期', true),
  column('hours', '学时', true),
  column('attendees', '参训人员', true),
  column('score', '考核成绩'),
  column('trainer', '培训讲师'),
] as const;

export type TrainingColumn = (typeof TRAINING_COLUMNS)[number]['key'];

export interface ImportedAttendee {
  login: string;
  score: number | null;
}

/**
 * A training that took place (培训记录): course, day, hours credited to each attendee, and who
 * attended. Attendees are staff logins joined by `;` (`,` and full-width separators too); each must be
 * on the staff register (stored, or in staff.csv of the same set): these files never create staff.
 *
 * Assessment: the `score` column applies to every listed attendee; an attendee written `login:score`
 * (e.g. `gcs1:92;gcs2:85`) has their own score, which wins over the column. The export writes the
 * column when all attendees share one score (or none), and `login:score` items otherwise, so any
 * stored training exports and imports back unchanged.
 */
export interface ImportedTraining {
  source: RowSource;
  course: string;
  date: string;
  hours: number;
  trainer: string | null;
  attendees: ImportedAttendee[];
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const ATTENDEE = /^([^:：\s]+)\s*(?:[:：]\s*(\S+))?$/;

function decimal(reader: RowReader<TrainingColumn>, key: TrainingColumn, text: string | null): number | null {
  if (text === null) return null;
  if (DECIMAL.test(text)) return Number(text);
  reader.problem(key, 'invalidNumber', { value: text });
  return null;
}

/** `login` or `login:score` items joined by `;` or `,`. */
function readAttendees(reader: RowReader<TrainingColumn>, defaultScore: number | null): ImportedAttendee[] | null {
  const text = reader.raw('attendees');
  if (text === null) {
    reader.problem('attendees', 'required');
    return null;
  }
  const attendees: ImportedAttendee[] = [];
  for (const item of text.split(/[;；,，]/).map((part) => part.trim()).filter(Boolean)) {
    const match = ATTENDEE.exec(item);
    const ownScore = match?.[2] !== undefined ? (DECIMAL.test(match[2]) ? Number(match[2]) : Number.NaN) : null;
    if (!match || match[1]!.length > 64 || Number.isNaN(ownScore)) {
      reader.problem('attendees', 'invalidAttendees', { value: item });
      return null;
    }
    attendees.push({ login: match[1]!, score: ownScore ?? defaultScore });
  }
  return attendees;
}

const FIELD_COLUMNS: Record<string, TrainingColumn> = { course: 'course', date: 'date', hours: 'hours', trainer: 'trainer', attendees: 'attendees' };

/** A field of validateTraining as a column: `attendees.3.score` is the attendee's score (own or the column's). */
function columnOfField(field: string, attendees: readonly ImportedAttendee[], scoreFromColumn: number | null): TrainingColumn {
  const match = /^attendees\.(\d+)\.(\w+)$/.exec(field);
  if (match) return match[2] === 'score' && attendees[Number(match[1])]?.score === scoreFromColumn ? 'score' : 'attendees';
  return FIELD_COLUMNS[field] ?? 'course';
}

function readTraining(reader: RowReader<TrainingColumn>): ImportedTraining | null {
  const course = reader.text('course', TRAINING_LIMITS.course, true);
  const date = reader.date('date', true);
  const hoursText = reader.raw('hours');
  if (hoursText === null) reader.problem('hours', 'required');
  const hours = decimal(reader, 'hours', hoursText);
  const score = decimal(reader, 'score', reader.raw('score'));
  const trainer = reader.text('trainer', TRAINING_LIMITS.trainer);
  const attendees = readAttendees(reader, score);
  if (reader.failed) return null;
  // Range of hours (> 0, tenths) and scores (0–100, tenths), a day not in the future, each person once: the domain's rules.
  try {
    validateTraining(
      { course, date, hours, trainer, attendees: attendees!.map((attendee) => ({ staffId: attendee.login, score: attendee.score })) },
      localDateOf(reader.context.now, reader.context.timeZone),
    );
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    const reported = new Set<string>();
    for (const problem of error.errors) {
      const index = /^attendees\.(\d+)\./.exec(problem.field)?.[1];
      const params = index === undefined ? problem.params : { ...problem.params, login: attendees![Number(index)]!.login };
      const key = columnOfField(problem.field, attendees!, score);
      // The score column's value is every attendee's: one problem for the cell, not one per person.
      if (key === 'score' && reported.has(problem.code)) continue;
      if (key === 'score') reported.add(problem.code);
      reader.problem(key, problem.code as ImportProblemCode, key === 'score' ? problem.params : params);
    }
    return null;
  }
  return { source: reader.source, course: course!, date: date!, hours: hours!, trainer, attendees: attendees! };
}

/** Identity of a training: its course and day (a course held twice a day is one training with its attendees). */
export const trainingKey = (course: string, date: string): string => `${course} ${date}`;

export const TRAININGS_IMPORT: ImportRecordType<ImportedTraining, TrainingColumn> = {
  name: 'trainings',
  columns: TRAINING_COLUMNS,
  readRow: readTraining,
  key: (record) => trainingKey(record.course, record.date),
  keyColumn: 'course',
};

/** The export's attendees and score cells (see ImportedTraining): one shared score in its column, else `login:score` items. */
export function formatAttendeeCells(attendees: readonly ImportedAttendee[]): { attendees: string; score: string } {
  const scores = new Set(attendees.map((attendee) => attendee.score));
  if (scores.size <= 1) {
    const [shared] = scores;
    return { attendees: attendees.map((attendee) => attendee.login).join(';'), score: shared === null || shared === undefined ? '' : String(shared) };
  }
  return { attendees: attendees.map((attendee) => (attendee.score === null ? attendee.login : `${attendee.login}:${attendee.score}`)).join(';'), score: '' };
}
