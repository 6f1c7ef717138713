import { ValidationFailed } from '../common/field-error';
import { FieldErrors } from '../common/validation.util';

export const RETIRE_REASON_MAX = 500;

/**
 * Attachments are never deleted: a file attached by mistake is retired, hidden from lists and kept,
 * with who retired it, when and why (the reason is required).
 */
export function validateAttachmentRetirement(draft: { reason?: string | null }): { reason: string } {
  const errors = new FieldErrors();
  if (errors.required('reason', draft.reason)) errors.maxLength('reason', draft.reason!.trim(), RETIRE_REASON_MAX);
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { reason: draft.reason!.trim() };
}
