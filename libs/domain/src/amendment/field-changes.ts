import { ValidationFailed } from '../common/field-error';

export interface FieldChange<F extends string = string> {
  field: F;
  before: string | null;
  after: string | null;
}

/**
 * The fields whose value an amendment changes, with before and after. An amendment that changes
 * nothing is refused: an auditor should never read a correction that corrected nothing.
 */
export function fieldChanges<F extends string>(current: Readonly<Record<F, string | null>>, proposed: Readonly<Record<F, string | null>>, fields: readonly F[]): FieldChange<F>[] {
  const changes = fields.filter((field) => proposed[field] !== current[field]).map((field) => ({ field, before: current[field], after: proposed[field] }));
  if (!changes.length) throw new ValidationFailed([{ field: 'reason', code: 'nothingToAmend' }]);
  return changes;
}
