import { DEFAULT_INDICATOR_CATALOG } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import { IndicatorCatalogVersionEntity } from '../entities/indicator-catalog-version.entity';

const DEFAULT_NOTE = 'StarDesk default catalogue (gbt27922.md)';

/**
 * Makes sure the organisation has its version 1, the default catalogue. Idempotent and safe when
 * two callers race: the unique (org, version) index lets exactly one insert through.
 */
export async function ensureDefaultCatalogVersion(manager: EntityManager, orgId: string): Promise<void> {
  await manager.query(
    `INSERT INTO indicator_catalog_versions (org_id, version_no, catalog, note) VALUES ($1, 1, $2::jsonb, $3)
     ON CONFLICT (org_id, version_no) DO NOTHING`,
    [orgId, JSON.stringify(DEFAULT_INDICATOR_CATALOG), DEFAULT_NOTE],
  );
}

/** The organisation's newest catalogue version (version 1 is made on first use). */
export async function latestCatalogVersion(manager: EntityManager, orgId: string): Promise<IndicatorCatalogVersionEntity> {
  await ensureDefaultCatalogVersion(manager, orgId);
  return manager.getRepository(IndicatorCatalogVersionEntity).findOneOrFail({ where: { orgId }, order: { versionNo: 'DESC' } });
}

export async function catalogVersionByNo(manager: EntityManager, orgId: string, versionNo: number): Promise<IndicatorCatalogVersionEntity | null> {
  await ensureDefaultCatalogVersion(manager, orgId);
  return manager.getRepository(IndicatorCatalogVersionEntity).findOneBy({ orgId, versionNo });
}
