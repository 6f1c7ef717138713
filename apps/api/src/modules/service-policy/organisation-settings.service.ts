import { Injectable } from '@nestjs/common';
import { OrganisationSettingsEntity, OutletEntity, OutletTargetsEntity, type OrganisationEntity } from '@stardesk/database';
import {
  ValidationFailed,
  WEEKDAYS,
  isValidTimeZone,
  resolveTargets,
  validateCalendarDays,
  validateTargetDraft,
  validateWeeklyHours,
  type FieldError,
  type TargetSettings,
} from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { staleVersion } from '../../core/errors/app-errors';
import { isUuid } from '../../core/database/versioned-record';
import type { SetCalendarDaysInput } from './dto/set-calendar-days.input';
import type { SetOutletTargetsInput } from './dto/set-outlet-targets.input';
import type { UpdateOrganisationSettingsInput } from './dto/update-organisation-settings.input';
import type { OrganisationSettings } from './organisation-settings.model';
import { ServicePolicyRepository, type StoredSettings } from './service-policy.repository';
import { targetDraftOf, targetValuesOf } from './target-values.model';

@Injectable()
export class OrganisationSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ServicePolicyRepository,
  ) {}

  async get(orgId: string): Promise<OrganisationSettings> {
    const [policy, outletTargets] = await Promise.all([this.repository.load(orgId), this.repository.outletTargets(orgId)]);
    const { settings } = policy;
    return {
      timeZone: policy.timeZone,
      targets: targetValuesOf(settings.targets),
      workingCalendarEnabled: settings.workingCalendarEnabled,
      workingHours: WEEKDAYS.map((weekday) => ({ weekday, periods: settings.weeklyHours[weekday].map((period) => ({ ...period })) })),
      outletTargets: outletTargets.map((row) => ({ ...row, targets: targetValuesOf(row.targets) })),
      version: settings.version,
    };
  }

  /** Time zone, targets and calendar in one transaction; every invalid field is reported at once. */
  async update(organisation: OrganisationEntity, input: UpdateOrganisationSettingsInput): Promise<OrganisationSettings> {
    await this.dataSource.transaction(async (tx) => {
      const current = await this.lockSettings(tx, organisation.id, input.expectedVersion);
      const errors: FieldError[] = [];
      const timeZone = input.timeZone?.trim();
      if (input.timeZone != null && !isValidTimeZone(timeZone ?? '')) errors.push({ field: 'timeZone', code: 'invalidTimeZone' });

      const policy = await this.repository.load(organisation.id, tx);
      const inForce = resolveTargets(policy.targets, null, new Date()).values;
      const targets = validateTargetDraft(targetDraftOf(input.targets), inForce, 'targets');
      if (!targets.ok) errors.push(...targets.errors);
      const weeklyHours = input.workingHours ? validateWeeklyHours(input.workingHours, 'workingHours') : null;
      if (weeklyHours && !weeklyHours.ok) errors.push(...weeklyHours.errors);
      if (errors.length) throw new ValidationFailed(errors);

      const kept: TargetSettings = { ...current.targets };
      for (const key of input.clearTargets ?? []) delete kept[key];
      await tx.getRepository(OrganisationSettingsEntity).update(
        { orgId: organisation.id },
        {
          targets: { ...kept, ...(targets.ok ? targets.value : {}) },
          workingCalendarEnabled: input.workingCalendarEnabled ?? current.workingCalendarEnabled,
          workingHours: weeklyHours?.ok ? weeklyHours.value : current.weeklyHours,
        },
      );
      if (timeZone) await tx.query('UPDATE organisations SET time_zone = $2 WHERE id = $1', [organisation.id, timeZone]);
    });
    return this.get(organisation.id);
  }

  /** Replaces one outlet's overrides; the outlet row is locked so two admins cannot interleave. */
  async setOutletTargets(organisation: OrganisationEntity, input: SetOutletTargetsInput): Promise<OrganisationSettings> {
    if (input.expectedVersion == null) throw new ValidationFailed([{ field: 'expectedVersion', code: 'required' }]);
    await this.dataSource.transaction(async (tx) => {
      const outlet = isUuid(input.outletId)
        ? await tx.getRepository(OutletEntity).findOne({ where: { orgId: organisation.id, id: input.outletId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!outlet) throw new ValidationFailed([{ field: 'outletId', code: input.outletId ? 'notFound' : 'required' }]);
      const targetsTable = tx.getRepository(OutletTargetsEntity);
      const existing = await targetsTable.findOneBy({ orgId: organisation.id, outletId: outlet.id });
      const actual = existing?.version ?? 0;
      if (input.expectedVersion !== actual) throw staleVersion(input.expectedVersion!, actual);

      const policy = await this.repository.load(organisation.id, tx);
      const withoutOverrides = new Map(policy.targets.outlets);
      withoutOverrides.delete(outlet.id);
      const inherited = resolveTargets({ ...policy.targets, outlets: withoutOverrides }, outlet.id, new Date()).values;
      const result = validateTargetDraft(targetDraftOf(input.targets), inherited, 'targets');
      if (!result.ok) throw new ValidationFailed(result.errors);
      if (existing) await targetsTable.update({ orgId: organisation.id, outletId: outlet.id }, { targets: result.value });
      else await targetsTable.insert({ orgId: organisation.id, outletId: outlet.id, targets: result.value });
    });
    return this.get(organisation.id);
  }

  /**
   * Replaces the holidays and make-up days of one year. These are settings, not business records:
   * the State Council publishes each year's days once, and a correction replaces the list.
   */
  async setCalendarDays(organisation: OrganisationEntity, input: SetCalendarDaysInput): Promise<OrganisationSettings> {
    const result = validateCalendarDays(input.year, input.days ?? [], 'days');
    const errors = result.ok ? [] : [...result.errors];
    if (input.expectedVersion == null) errors.push({ field: 'expectedVersion', code: 'required' });
    if (!result.ok || errors.length) throw new ValidationFailed(errors);
    await this.dataSource.transaction(async (tx) => {
      await this.lockSettings(tx, organisation.id, input.expectedVersion);
      const year = input.year!;
      await tx.query('DELETE FROM calendar_days WHERE org_id = $1 AND date >= $2::date AND date < $3::date', [organisation.id, `${year}-01-01`, `${year + 1}-01-01`]);
      if (result.value.length) {
        await tx.query(
          `INSERT INTO calendar_days (org_id, date, kind, name)
           SELECT $1, d.date, d.kind, d.name FROM unnest($2::date[], $3::varchar[], $4::varchar[]) AS d(date, kind, name)`,
          [organisation.id, result.value.map((day) => day.date), result.value.map((day) => day.kind), result.value.map((day) => day.name)],
        );
      }
      // The days belong to the settings: changing them moves the settings' version on.
      await tx.query('UPDATE organisation_settings SET version = version + 1, updated_at = now() WHERE org_id = $1', [organisation.id]);
    });
    return this.get(organisation.id);
  }

  /** Creates the settings row on first write, locks it and checks the caller's version. */
  private async lockSettings(tx: EntityManager, orgId: string, expectedVersion: number | null | undefined): Promise<StoredSettings> {
    if (expectedVersion == null) throw new ValidationFailed([{ field: 'expectedVersion', code: 'required' }]);
    await tx.query(
      `INSERT INTO organisation_settings (org_id, targets, working_calendar_enabled, working_hours, version)
       VALUES ($1, '{}', false, NULL, 1) ON CONFLICT (org_id) DO NOTHING`,
      [orgId],
    );
    await tx.query('SELECT 1 FROM organisation_settings WHERE org_id = $1 FOR UPDATE', [orgId]);
    const current = await this.repository.settings(orgId, tx);
    if (current.version !== expectedVersion) throw staleVersion(expectedVersion, current.version);
    return current;
  }
}
