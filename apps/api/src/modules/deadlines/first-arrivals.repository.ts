import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** When someone first arrived on site for each request (kpis.md: arrival is the first visit's). */
@Injectable()
export class FirstArrivalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async of(orgId: string, requestIds: readonly string[]): Promise<Map<string, Date>> {
    const rows: { request_id: string; arrived_at: Date }[] = await this.dataSource.query(
      `SELECT request_id, min(arrived_at) AS arrived_at FROM visits
        WHERE org_id = $1 AND request_id = ANY($2::uuid[]) GROUP BY request_id`,
      [orgId, requestIds],
    );
    return new Map(rows.map((row) => [row.request_id, row.arrived_at]));
  }
}
