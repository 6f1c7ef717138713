import { ValidationFailed } from '../common/field-error';
import { checkLocalDate, checkNumber, checkReference, checkText } from '../common/field-checks';
import { FieldErrors } from '../common/validation.util';
import type { LocalDate } from '../kpi/kpi-records';
import { EVALUATION_RATING_SCALE, EVALUATION_SCORE_SCALE } from './people.types';

export const STAFF_EVALUATION_LIMITS = { note: 1000 } as const;

export interface StaffEvaluationDraft {
  staffId?: string | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  /** 服务态度 1–5. */
  attitude?: number | null;
  /** 解决问题能力 1–5. */
  problemSolving?: number | null;
  /** 客户满意度 1–5. */
  satisfaction?: number | null;
  /** The evaluator's total, 0–100 (it may weigh more than the three ratings). */
  score?: number | null;
  evaluatorId?: string | null;
  note?: string | null;
}

export interface ValidStaffEvaluation {
  staffId: string;
  periodFrom: LocalDate;
  periodTo: LocalDate;
  attitude: number;
  problemSolving: number;
  satisfaction: number;
  score: number;
  evaluatorId: string;
  note: string | null;
}

/** A periodic evaluation of one person: the period (inclusive local dates), three ratings, the total. */
export function validateStaffEvaluation(draft: StaffEvaluationDraft): ValidStaffEvaluation {
  const errors = new FieldErrors();
  const staffId = checkReference(errors, 'staffId', draft.staffId, true);
  const periodFrom = checkLocalDate(errors, 'periodFrom', draft.periodFrom, { required: true });
  const periodTo = checkLocalDate(errors, 'periodTo', draft.periodTo, { required: true });
  if (periodFrom && periodTo && periodTo < periodFrom) errors.add({ field: 'periodTo', code: 'beforeStart' });
  const rating = (field: string, value: number | null | undefined): number | null => checkNumber(errors, field, value, { required: true, ...EVALUATION_RATING_SCALE });
  const attitude = rating('attitude', draft.attitude);
  const problemSolving = rating('problemSolving', draft.problemSolving);
  const satisfaction = rating('satisfaction', draft.satisfaction);
  const score = checkNumber(errors, 'score', draft.score, { required: true, ...EVALUATION_SCORE_SCALE, decimals: 1 });
  const evaluatorId = checkReference(errors, 'evaluatorId', draft.evaluatorId, true);
  const note = checkText(errors, 'note', draft.note, { max: STAFF_EVALUATION_LIMITS.note });
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return {
    staffId: staffId!,
    periodFrom: periodFrom!,
    periodTo: periodTo!,
    attitude: attitude!,
    problemSolving: problemSolving!,
    satisfaction: satisfaction!,
    score: score!,
    evaluatorId: evaluatorId!,
    note,
  };
}
