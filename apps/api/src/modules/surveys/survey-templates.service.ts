import { Injectable } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import { validateSurveyTemplate, type SurveyFactor } from '@stardesk/domain';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { AppError } from '../../core/errors/app-errors';
import type { CreateSurveyTemplateInput } from './dto/create-survey-template.input';
import type { SurveyTemplate } from './survey-template.model';
import { isUuid } from '../../core/ids';


interface TemplateRow {
  id: string;
  code: string;
  name: string;
  version: number;
  active: boolean;
  factors: SurveyFactor[];
  created_at: Date;
}

const SELECT_TEMPLATE = 'SELECT id, code, name, version, active, factors, created_at FROM survey_templates';

function toModel(row: TemplateRow): SurveyTemplate {
  return { id: row.id, code: row.code, name: row.name, version: row.version, active: row.active, factors: row.factors, createdAt: row.created_at };
}

@Injectable()
export class SurveyTemplatesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(organisation: OrganisationEntity, includeInactive: boolean): Promise<SurveyTemplate[]> {
    const rows: TemplateRow[] = await this.dataSource.query(
      `${SELECT_TEMPLATE} WHERE org_id = $1 AND ($2 OR active) ORDER BY code, version DESC`,
      [organisation.id, includeInactive],
    );
    return rows.map(toModel);
  }

  /**
   * Writes a template. An existing code gets its next version, and the older versions are retired
   * (kept, since invitations and responses refer to the version they used).
   */
  async create(organisation: OrganisationEntity, input: CreateSurveyTemplateInput): Promise<SurveyTemplate> {
    const template = validateSurveyTemplate(input);
    try {
      return await this.dataSource.transaction(async (tx) => {
        const [latest]: { version: number }[] = await tx.query(
          'SELECT version FROM survey_templates WHERE org_id = $1 AND code = $2 ORDER BY version DESC LIMIT 1 FOR UPDATE',
          [organisation.id, template.code],
        );
        await tx.query('UPDATE survey_templates SET active = false WHERE org_id = $1 AND code = $2 AND active', [organisation.id, template.code]);
        const [row]: TemplateRow[] = await tx.query(
          `INSERT INTO survey_templates (org_id, code, name, version, factors, active) VALUES ($1, $2, $3, $4, $5::jsonb, true)
           RETURNING id, code, name, version, active, factors, created_at`,
          [organisation.id, template.code, template.name, (latest?.version ?? 0) + 1, JSON.stringify(template.factors)],
        );
        return toModel(row!);
      });
    } catch (error) {
      // Two first versions of one code at once: the unique index lets one through.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new AppError('CONFLICT', {
          'zh-CN': `调查模板 ${template.code} 正在被他人同时创建，请刷新后重试`,
          en: `Survey template ${template.code} was being created by someone else at the same time; reload and try again`,
        });
      }
      throw error;
    }
  }

  /** The template an invitation uses: the one asked for if it is active, else the newest active one. */
  async forInvitation(tx: EntityManager, orgId: string, templateId: string | null | undefined): Promise<{ id: string } | null> {
    if (templateId != null) {
      if (!isUuid(templateId)) return null;
      const [row]: { id: string }[] = await tx.query('SELECT id FROM survey_templates WHERE org_id = $1 AND id = $2 AND active', [orgId, templateId]);
      return row ?? null;
    }
    const [row]: { id: string }[] = await tx.query('SELECT id FROM survey_templates WHERE org_id = $1 AND active ORDER BY created_at DESC, id DESC LIMIT 1', [orgId]);
    return row ?? null;
  }
}
