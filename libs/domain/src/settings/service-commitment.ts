import { FieldErrors, parseInstant } from '../common/validation.util';
import type { ValidationResult } from '../service-request/validate-new-service-request';
import { TARGET_KEYS, TARGET_KEY_SPECS, type TargetKey } from './target-keys';

/**
 * 服务承诺: a promise made to customers ("城区24小时上门") that sets one target. Versioned by code:
 * a change is a new version, never an edit, so an auditor can read which promise stood behind the
 * target a request was measured against.
 */
export interface ServiceCommitment {
  code: string;
  version: number;
  title: string;
  description: string | null;
  targetKey: TargetKey;
  targetValue: number;
  /** In force from this instant (inclusive)… */
  effectiveFrom: Date;
  /** …until this one (exclusive); null: open-ended. */
  effectiveTo: Date | null;
  /** Only approved commitments set targets. */
  approvedAt: Date | null;
}

export interface ServiceCommitmentDraft {
  code?: string | null;
  title?: string | null;
  description?: string | null;
  targetKey?: string | null;
  targetValue?: number | null;
  effectiveFrom?: string | Date | null;
  effectiveTo?: string | Date | null;
}

export type ValidServiceCommitmentDraft = Omit<ServiceCommitment, 'version' | 'approvedAt'>;

const CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;

export function validateServiceCommitment(draft: ServiceCommitmentDraft): ValidationResult<ValidServiceCommitmentDraft> {
  const errors = new FieldErrors();
  const code = draft.code?.trim().toUpperCase() ?? '';
  if (errors.required('code', code) && !CODE.test(code)) errors.add({ field: 'code', code: 'invalidCode' });
  const title = draft.title?.trim() ?? '';
  if (errors.required('title', title)) errors.maxLength('title', title, 100);
  const description = draft.description?.trim() || null;
  errors.maxLength('description', description, 2000);

  const targetKeyGiven = errors.required('targetKey', draft.targetKey);
  const targetKey = targetKeyGiven && errors.oneOf('targetKey', draft.targetKey, TARGET_KEYS) ? (draft.targetKey as TargetKey) : null;
  const targetValue = draft.targetValue;
  if (errors.required('targetValue', targetValue) && targetKey) {
    const { min, max } = TARGET_KEY_SPECS[targetKey];
    if (!Number.isInteger(targetValue) || targetValue! < min || targetValue! > max) {
      errors.add({ field: 'targetValue', code: 'outOfRange', params: { min, max } });
    }
  }

  const effectiveFrom = parseInstant(draft.effectiveFrom);
  if (errors.required('effectiveFrom', draft.effectiveFrom) && !effectiveFrom) errors.add({ field: 'effectiveFrom', code: 'invalidDate' });
  const effectiveTo = parseInstant(draft.effectiveTo);
  if (draft.effectiveTo != null && draft.effectiveTo !== '' && !effectiveTo) errors.add({ field: 'effectiveTo', code: 'invalidDate' });
  else if (effectiveTo && effectiveFrom && effectiveTo <= effectiveFrom) errors.add({ field: 'effectiveTo', code: 'endNotAfterStart' });

  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return {
    ok: true,
    value: { code, title, description, targetKey: targetKey!, targetValue: targetValue!, effectiveFrom: effectiveFrom!, effectiveTo },
  };
}

export function isEffectiveAt(commitment: ServiceCommitment, at: Date): boolean {
  return commitment.effectiveFrom <= at && (commitment.effectiveTo === null || at < commitment.effectiveTo);
}

/**
 * The commitment that sets each target at `at`: among the approved versions in force at that
 * instant, the latest version of each code; when several codes set the same target, the one that
 * took effect last (then the higher version, then the code) wins, as the newest promise replaces
 * the older one.
 */
export function commitmentsInForce(commitments: readonly ServiceCommitment[], at: Date): Map<TargetKey, ServiceCommitment> {
  const latestByCode = new Map<string, ServiceCommitment>();
  for (const commitment of commitments) {
    if (commitment.approvedAt === null || !isEffectiveAt(commitment, at)) continue;
    const current = latestByCode.get(commitment.code);
    if (!current || commitment.version > current.version) latestByCode.set(commitment.code, commitment);
  }
  const byTarget = new Map<TargetKey, ServiceCommitment>();
  for (const commitment of latestByCode.values()) {
    const current = byTarget.get(commitment.targetKey);
    if (!current || supersedes(commitment, current)) byTarget.set(commitment.targetKey, commitment);
  }
  return byTarget;
}

function supersedes(candidate: ServiceCommitment, current: ServiceCommitment): boolean {
  const from = candidate.effectiveFrom.getTime() - current.effectiveFrom.getTime();
  if (from !== 0) return from > 0;
  if (candidate.version !== current.version) return candidate.version > current.version;
  return candidate.code > current.code;
}
