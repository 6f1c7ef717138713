import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { TARGET_KEYS, TARGET_KEY_SPECS, targetField, type TargetKey, type TargetSettings } from '@stardesk/domain';

/**
 * One Int field per target key (`responseMinutesUrgent`, `arrivalHours`...), declared from the
 * domain's key list so the schema cannot drift from it. Null means "not set at this layer".
 */
function declareTargetFields(target: object): void {
  for (const key of TARGET_KEYS) {
    const { unit, min, max } = TARGET_KEY_SPECS[key];
    Field(() => Int, { nullable: true, description: `${key}, in ${unit.toLowerCase()} (${min}–${max}); null: not set here` })(target, targetField(key));
  }
}

@ObjectType({ description: 'Targets set at one layer (organisation or outlet); null: not set here' })
export class TargetValues {
  [field: string]: number | null;
}
declareTargetFields(TargetValues.prototype);

@InputType({ description: 'Targets to set; a field left out or null is not set at this layer' })
export class TargetValuesInput {
  [field: string]: number | null | undefined;
}
declareTargetFields(TargetValuesInput.prototype);

export function targetValuesOf(settings: TargetSettings): TargetValues {
  const values = new TargetValues();
  for (const key of TARGET_KEYS) values[targetField(key)] = settings[key] ?? null;
  return values;
}

/** The input as a draft keyed by TargetKey (null: not set). */
export function targetDraftOf(input: TargetValuesInput | null | undefined): Partial<Record<TargetKey, number | null>> {
  const draft: Partial<Record<TargetKey, number | null>> = {};
  for (const key of TARGET_KEYS) draft[key] = input?.[targetField(key)] ?? null;
  return draft;
}
