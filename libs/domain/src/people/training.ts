import { ValidationFailed } from '../common/field-error';
import { checkLocalDate, checkNumber, checkReference, checkText } from '../common/field-checks';
import { FieldErrors } from '../common/validation.util';
import type { LocalDate } from '../kpi/kpi-records';
import { ASSESSMENT_SCORE_SCALE } from './people.types';

export const TRAINING_LIMITS = { course: 100, trainer: 64, syllabus: 4000, maxHours: 200, maxAttendees: 500 } as const;

export interface TrainingAttendanceDraft {
  staffId?: string | null;
  /** Assessment score 0–100, if the course was assessed. */
  score?: number | null;
  passed?: boolean | null;
}

export interface TrainingDraft {
  course?: string | null;
  /** The (first) day of the course, a local date; not in the future. */
  date?: string | null;
  /** Hours each attendee is credited with. */
  hours?: number | null;
  trainer?: string | null;
  syllabus?: string | null;
  attendees?: TrainingAttendanceDraft[] | null;
}

export interface ValidTrainingAttendance {
  staffId: string;
  score: number | null;
  passed: boolean | null;
}

export interface ValidTraining {
  course: string;
  date: LocalDate;
  hours: number;
  trainer: string | null;
  syllabus: string | null;
  attendees: ValidTrainingAttendance[];
}

/**
 * A training that took place: course, day, hours (more than 0, in tenths), and who attended, each
 * person once, with the assessment when there was one. `today` is the organisation's local date.
 */
export function validateTraining(draft: TrainingDraft, today: LocalDate): ValidTraining {
  const errors = new FieldErrors();
  const course = checkText(errors, 'course', draft.course, { max: TRAINING_LIMITS.course, required: true });
  const date = checkLocalDate(errors, 'date', draft.date, { required: true, notAfter: today });
  const hours = checkNumber(errors, 'hours', draft.hours, { required: true, min: 0.1, max: TRAINING_LIMITS.maxHours, decimals: 1 });
  const trainer = checkText(errors, 'trainer', draft.trainer, { max: TRAINING_LIMITS.trainer });
  const syllabus = checkText(errors, 'syllabus', draft.syllabus, { max: TRAINING_LIMITS.syllabus });

  const drafts = draft.attendees ?? [];
  if (drafts.length === 0) errors.add({ field: 'attendees', code: 'required' });
  if (drafts.length > TRAINING_LIMITS.maxAttendees) errors.add({ field: 'attendees', code: 'outOfRange', params: { min: 1, max: TRAINING_LIMITS.maxAttendees } });
  const seen = new Set<string>();
  const attendees = drafts.map((attendee, index): ValidTrainingAttendance => {
    const prefix = `attendees.${index}`;
    const staffId = checkReference(errors, `${prefix}.staffId`, attendee.staffId, true);
    if (staffId && seen.has(staffId)) errors.add({ field: `${prefix}.staffId`, code: 'listedTwice' });
    if (staffId) seen.add(staffId);
    const score = checkNumber(errors, `${prefix}.score`, attendee.score, { required: false, ...ASSESSMENT_SCORE_SCALE, decimals: 1 });
    return { staffId: staffId ?? '', score, passed: typeof attendee.passed === 'boolean' ? attendee.passed : null };
  });

  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { course: course!, date: date!, hours: hours!, trainer, syllabus, attendees };
}
