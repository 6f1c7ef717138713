import { Injectable } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import { DEFAULT_SATISFACTION_SETTINGS, validateSatisfactionSettings, type SatisfactionSettings, type SatisfactionSettingsDraft } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';

interface SettingsRow {
  return_visit_sampling_share: string;
  return_visit_max_attempts: number;
  return_visit_retry_after_hours: number;
  survey_valid_days: number;
}

/** An organisation's return-visit and survey settings; the defaults apply until it changes one. */
@Injectable()
export class SatisfactionSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(orgId: string, manager: EntityManager = this.dataSource.manager): Promise<SatisfactionSettings> {
    const [row]: SettingsRow[] = await manager.query(
      `SELECT return_visit_sampling_share, return_visit_max_attempts, return_visit_retry_after_hours, survey_valid_days
         FROM satisfaction_settings WHERE org_id = $1`,
      [orgId],
    );
    if (!row) return DEFAULT_SATISFACTION_SETTINGS;
    return {
      returnVisitSamplingShare: Number(row.return_visit_sampling_share),
      returnVisitMaxAttempts: row.return_visit_max_attempts,
      returnVisitRetryAfterHours: row.return_visit_retry_after_hours,
      surveyValidDays: row.survey_valid_days,
    };
  }

  /** Partial update; fields left out keep their value. Invalid values are refused field by field. */
  async update(organisation: OrganisationEntity, draft: SatisfactionSettingsDraft): Promise<SatisfactionSettings> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query('INSERT INTO satisfaction_settings (org_id) VALUES ($1) ON CONFLICT (org_id) DO NOTHING', [organisation.id]);
      await tx.query('SELECT 1 FROM satisfaction_settings WHERE org_id = $1 FOR UPDATE', [organisation.id]);
      const settings = validateSatisfactionSettings(draft, await this.get(organisation.id, tx));
      await tx.query(
        `UPDATE satisfaction_settings
            SET return_visit_sampling_share = $2, return_visit_max_attempts = $3, return_visit_retry_after_hours = $4,
                survey_valid_days = $5, updated_at = now()
          WHERE org_id = $1`,
        [organisation.id, settings.returnVisitSamplingShare, settings.returnVisitMaxAttempts, settings.returnVisitRetryAfterHours, settings.surveyValidDays],
      );
      return settings;
    });
  }
}
