import { DEFAULT_KPI_TARGETS } from '../kpi/kpi-targets';
import { applyTargetSettings, targetField, validateTargetDraft } from './validate-targets';

const errorsOf = (result: { ok: boolean; errors?: { field: string; code: string }[] }) =>
  result.ok ? [] : result.errors!.map((error) => `${error.field}:${error.code}`);

describe('target settings', () => {
  it('names each key as the form field that carries it', () => {
    expect(targetField('RESPONSE_MINUTES_URGENT')).toBe('responseMinutesUrgent');
    expect(targetField('COMPLAINT_RESOLUTION_HOURS_MAJOR')).toBe('complaintResolutionHoursMajor');
  });

  it('keeps only the keys that were set and applies them on top of the targets in force', () => {
    const result = validateTargetDraft({ ARRIVAL_HOURS: 12, RESOLUTION_HOURS: null, RESPONSE_MINUTES_LOW: 480 }, DEFAULT_KPI_TARGETS);
    expect(result).toEqual({ ok: true, value: { ARRIVAL_HOURS: 12, RESPONSE_MINUTES_LOW: 480 } });
    const applied = applyTargetSettings(DEFAULT_KPI_TARGETS, { ARRIVAL_HOURS: 12, RESPONSE_MINUTES_LOW: 480 });
    expect(applied).toMatchObject({ arrivalHours: 12, resolutionHours: 72, responseMinutes: { URGENT: 30, LOW: 480 } });
  });

  it.each([
    [{ ARRIVAL_HOURS: 0 }, ['targets.arrivalHours:outOfRange']],
    [{ ARRIVAL_HOURS: -5 }, ['targets.arrivalHours:outOfRange']],
    [{ RESPONSE_MINUTES_NORMAL: 12.5 }, ['targets.responseMinutesNormal:outOfRange']],
    [{ RESOLUTION_HOURS: 100_000 }, ['targets.resolutionHours:outOfRange']],
    [{ RETURN_VISIT_DAYS: 91, REPEAT_REPAIR_WINDOW_DAYS: 0 }, ['targets.returnVisitDays:outOfRange', 'targets.repeatRepairWindowDays:outOfRange']],
    [{ RESPONSE_MINUTES_URGENT: 90 }, ['targets.responseMinutesUrgent:longerThanLessUrgent']],
    [{ RESPONSE_MINUTES_LOW: 60 }, ['targets.responseMinutesLow:shorterThanMoreUrgent']],
    [{ COMPLAINT_RESOLUTION_HOURS_MAJOR: 200 }, ['targets.complaintResolutionHoursMajor:longerThanLessUrgent']],
  ])('refuses %j', (draft, expected) => {
    expect(errorsOf(validateTargetDraft(draft, DEFAULT_KPI_TARGETS))).toEqual(expected);
  });

  it('allows a consistent change of several keys at once', () => {
    expect(validateTargetDraft({ RESPONSE_MINUTES_URGENT: 90, RESPONSE_MINUTES_HIGH: 90, RESPONSE_MINUTES_NORMAL: 120 }, DEFAULT_KPI_TARGETS).ok).toBe(true);
  });

  it('prefixes fields as the caller asks', () => {
    expect(errorsOf(validateTargetDraft({ ARRIVAL_HOURS: 0 }, DEFAULT_KPI_TARGETS, 'overrides'))).toEqual(['overrides.arrivalHours:outOfRange']);
  });
});
