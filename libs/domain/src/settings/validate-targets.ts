import type { FieldError } from '../common/field-error';
import type { KpiTargetValues } from '../kpi/kpi-targets';
import type { ValidationResult } from '../service-request/validate-new-service-request';
import { TARGET_KEYS, TARGET_KEY_SPECS, TARGET_ORDER, withTarget, type TargetKey } from './target-keys';

/** Targets as stored: only the keys someone set (the rest come from the layer below). */
export type TargetSettings = Partial<Record<TargetKey, number>>;

/** Targets as a form sends them: null or absent means "not set here". */
export type TargetDraft = Partial<Record<TargetKey, number | null>>;

/** `RESPONSE_MINUTES_URGENT` → `responseMinutesUrgent`: the input field of a key. */
export function targetField(key: TargetKey): string {
  return key.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** `values` with every key of `settings` applied on top. */
export function applyTargetSettings(values: KpiTargetValues, settings: TargetSettings): KpiTargetValues {
  let result = values;
  for (const key of TARGET_KEYS) {
    const value = settings[key];
    if (value !== undefined) result = withTarget(result, key, value);
  }
  return result;
}

/** Only the keys that carry a number (JSON from storage or a draft from a form). */
export function targetSettingsOf(raw: TargetDraft | Record<string, unknown> | null | undefined): TargetSettings {
  const settings: TargetSettings = {};
  for (const key of TARGET_KEYS) {
    const value = (raw as Record<string, unknown> | null | undefined)?.[key];
    if (typeof value === 'number') settings[key] = value;
  }
  return settings;
}

/**
 * Checks the keys a form sets: each a whole number within its bounds, and, applied on top of the
 * targets now in force (`inForce`), no more urgent target longer than a less urgent one. Errors name
 * the edited field. Returns the keys that were set.
 */
export function validateTargetDraft(draft: TargetDraft, inForce: KpiTargetValues, prefix = 'targets'): ValidationResult<TargetSettings> {
  const errors: FieldError[] = [];
  for (const key of TARGET_KEYS) {
    const value = draft[key];
    if (value == null) continue;
    const { min, max } = TARGET_KEY_SPECS[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      errors.push({ field: `${prefix}.${targetField(key)}`, code: 'outOfRange', params: { min, max } });
    }
  }
  if (errors.length) return { ok: false, errors };

  // Pairs differ only by priority or severity, which is what the message names ("HIGH", "MAJOR").
  const level = (key: TargetKey): string => key.slice(key.lastIndexOf('_') + 1);
  const settings = targetSettingsOf(draft);
  const merged = applyTargetSettings(inForce, settings);
  for (const [urgent, lessUrgent] of TARGET_ORDER) {
    const urgentValue = TARGET_KEY_SPECS[urgent].read(merged);
    const lessUrgentValue = TARGET_KEY_SPECS[lessUrgent].read(merged);
    if (urgentValue <= lessUrgentValue) continue;
    if (settings[urgent] !== undefined) {
      errors.push({ field: `${prefix}.${targetField(urgent)}`, code: 'longerThanLessUrgent', params: { other: level(lessUrgent), limit: lessUrgentValue } });
    } else if (settings[lessUrgent] !== undefined) {
      errors.push({ field: `${prefix}.${targetField(lessUrgent)}`, code: 'shorterThanMoreUrgent', params: { other: level(urgent), limit: urgentValue } });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: settings };
}
