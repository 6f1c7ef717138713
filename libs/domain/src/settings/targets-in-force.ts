import { DEFAULT_KPI_TARGETS, type KpiTargetOverrides, type KpiTargetValues, type KpiTargets } from '../kpi/kpi-targets';
import { commitmentsInForce, type ServiceCommitment } from './service-commitment';
import { TARGET_KEYS, TARGET_KEY_SPECS, withTarget, type TargetKey, type TargetUnit } from './target-keys';
import type { TargetSettings } from './validate-targets';

/** Where a target in force comes from, lowest layer first; each layer overrides the one before. */
export const TARGET_SOURCES = ['DEFAULT', 'ORGANISATION', 'COMMITMENT', 'OUTLET'] as const;
export type TargetSource = (typeof TARGET_SOURCES)[number];

/**
 * Everything that decides an organisation's targets: kpis.md's defaults, the organisation's own
 * settings, its approved service commitments (in force by date) and the overrides of its outlets.
 */
export interface TargetPolicy {
  organisation: TargetSettings;
  commitments: readonly ServiceCommitment[];
  outlets: ReadonlyMap<string, TargetSettings>;
}

export const EMPTY_TARGET_POLICY: TargetPolicy = { organisation: {}, commitments: [], outlets: new Map() };

export interface TargetInForce {
  key: TargetKey;
  value: number;
  unit: TargetUnit;
  source: TargetSource;
  /** The promise behind the target, when a commitment sets it: promise → target → result. */
  commitment: ServiceCommitment | null;
}

export interface ResolvedTargets {
  values: KpiTargetValues;
  inForce: Record<TargetKey, TargetInForce>;
}

/**
 * The targets in force at `at` for a record of `outletId` (null: the organisation as a whole):
 * defaults ← organisation settings ← approved commitments in force ← the outlet's overrides. The
 * outlet comes last because it is the most specific: a rural outlet may promise 48 h where the
 * city commitment says 24 h.
 */
export function resolveTargets(policy: TargetPolicy, outletId: string | null, at: Date): ResolvedTargets {
  const commitments = commitmentsInForce(policy.commitments, at);
  const outlet = outletId === null ? undefined : policy.outlets.get(outletId);
  let values: KpiTargetValues = DEFAULT_KPI_TARGETS;
  const inForce = {} as Record<TargetKey, TargetInForce>;
  for (const key of TARGET_KEYS) {
    const spec = TARGET_KEY_SPECS[key];
    let entry: TargetInForce = { key, value: spec.read(DEFAULT_KPI_TARGETS), unit: spec.unit, source: 'DEFAULT', commitment: null };
    const own = policy.organisation[key];
    if (own !== undefined) entry = { ...entry, value: own, source: 'ORGANISATION' };
    const commitment = commitments.get(key);
    if (commitment) entry = { ...entry, value: commitment.targetValue, source: 'COMMITMENT', commitment };
    const override = outlet?.[key];
    if (override !== undefined) entry = { ...entry, value: override, source: 'OUTLET', commitment: null };
    inForce[key] = entry;
    values = withTarget(values, key, entry.value);
  }
  return { values, inForce };
}

/** The policy at `at` in the shape the KPI formulas take (organisation targets plus outlet overrides). */
export function kpiTargetsAt(policy: TargetPolicy, at: Date): KpiTargets {
  const organisation = resolveTargets({ ...policy, outlets: new Map() }, null, at).values;
  const byOutlet: Record<string, KpiTargetOverrides> = {};
  for (const [outletId, settings] of policy.outlets) {
    let overrides: KpiTargetOverrides = {};
    for (const key of TARGET_KEYS) {
      const value = settings[key];
      if (value !== undefined) overrides = TARGET_KEY_SPECS[key].applyOverride(overrides, value);
    }
    byOutlet[outletId] = overrides;
  }
  return { ...organisation, byOutlet };
}
