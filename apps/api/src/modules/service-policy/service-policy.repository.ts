import { Injectable } from '@nestjs/common';
import { OrganisationEntity, OrganisationSettingsEntity, OutletTargetsEntity, ServiceCommitmentEntity } from '@stardesk/database';
import {
  DEFAULT_WEEKLY_HOURS,
  buildWorkingCalendar,
  targetSettingsOf,
  type CalendarDay,
  type ServiceCommitment,
  type TargetPolicy,
  type TargetSettings,
  type WeeklyHours,
  type WorkingCalendar,
} from '@stardesk/domain';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';

/** The organisation's own settings, or the defaults when it never saved any (version 1). */
export interface StoredSettings {
  targets: TargetSettings;
  workingCalendarEnabled: boolean;
  weeklyHours: WeeklyHours;
  version: number;
}

export interface StoredCommitment extends ServiceCommitment {
  id: string;
}

/** Everything deadlines depend on, loaded in a handful of queries (once per GraphQL request). */
export interface ServicePolicy {
  timeZone: string;
  settings: StoredSettings;
  targets: TargetPolicy;
  /** Null while the organisation's working calendar is off: deadlines run in calendar time. */
  calendar: WorkingCalendar | null;
  outletVersions: ReadonlyMap<string, number>;
}

export const DEFAULT_SETTINGS: StoredSettings = { targets: {}, workingCalendarEnabled: false, weeklyHours: DEFAULT_WEEKLY_HOURS, version: 1 };

export function toStoredCommitment(row: ServiceCommitmentEntity): StoredCommitment {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    title: row.title,
    description: row.description,
    targetKey: row.targetKey,
    targetValue: row.targetValue,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    approvedAt: row.approvedAt,
  };
}

@Injectable()
export class ServicePolicyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async settings(orgId: string, manager: EntityManager = this.dataSource.manager): Promise<StoredSettings> {
    const row = await manager.getRepository(OrganisationSettingsEntity).findOneBy({ orgId });
    if (!row) return DEFAULT_SETTINGS;
    return {
      targets: targetSettingsOf(row.targets),
      workingCalendarEnabled: row.workingCalendarEnabled,
      weeklyHours: row.workingHours ?? DEFAULT_WEEKLY_HOURS,
      version: row.version,
    };
  }

  async load(orgId: string, manager: EntityManager = this.dataSource.manager): Promise<ServicePolicy> {
    const [{ timeZone }, settings, outlets, commitments] = await Promise.all([
      manager.getRepository(OrganisationEntity).findOneByOrFail({ id: orgId }),
      this.settings(orgId, manager),
      manager.getRepository(OutletTargetsEntity).findBy({ orgId }),
      manager.getRepository(ServiceCommitmentEntity).findBy({ orgId, approvedAt: Not(IsNull()) }),
    ]);
    const days = settings.workingCalendarEnabled ? await this.calendarDays(orgId, null, manager) : [];
    return {
      timeZone,
      settings,
      targets: {
        organisation: settings.targets,
        commitments: commitments.map(toStoredCommitment),
        outlets: new Map(outlets.map((row) => [row.outletId, targetSettingsOf(row.targets)])),
      },
      calendar: settings.workingCalendarEnabled ? buildWorkingCalendar(timeZone, settings.weeklyHours, days) : null,
      outletVersions: new Map(outlets.map((row) => [row.outletId, row.version])),
    };
  }

  /** Holidays and make-up working days, of one year or all of them, in date order. */
  async calendarDays(orgId: string, year: number | null | undefined, manager: EntityManager = this.dataSource.manager): Promise<CalendarDay[]> {
    const params: unknown[] = [orgId];
    let where = 'org_id = $1';
    if (year != null) {
      params.push(`${year}-01-01`, `${year + 1}-01-01`);
      where += ' AND date >= $2::date AND date < $3::date';
    }
    const rows: CalendarDay[] = await manager.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name FROM calendar_days WHERE ${where} ORDER BY date`,
      params,
    );
    return rows;
  }

  async outletTargets(orgId: string): Promise<{ outletId: string; outletCode: string; targets: TargetSettings; version: number }[]> {
    const rows: { outlet_id: string; code: string; targets: Record<string, unknown>; version: number }[] = await this.dataSource.query(
      `SELECT t.outlet_id, o.code, t.targets, t.version
         FROM outlet_targets t JOIN outlets o ON o.org_id = t.org_id AND o.id = t.outlet_id
        WHERE t.org_id = $1 ORDER BY o.code`,
      [orgId],
    );
    return rows.map((row) => ({ outletId: row.outlet_id, outletCode: row.code, targets: targetSettingsOf(row.targets), version: row.version }));
  }

  async commitments(orgId: string, filter: { code?: string | null; ids?: readonly string[] } = {}): Promise<StoredCommitment[]> {
    const query = this.dataSource
      .getRepository(ServiceCommitmentEntity)
      .createQueryBuilder('c')
      .where('c.org_id = :orgId', { orgId })
      .orderBy('c.code', 'ASC')
      .addOrderBy('c.version', 'DESC');
    if (filter.code) query.andWhere('c.code = :code', { code: filter.code.trim().toUpperCase() });
    if (filter.ids) query.andWhere('c.id IN (:...ids)', { ids: filter.ids });
    return (await query.getMany()).map(toStoredCommitment);
  }
}
