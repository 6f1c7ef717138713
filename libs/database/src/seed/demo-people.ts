import { CERTIFICATE_TYPES, localDateOf } from '@stardesk/domain';
import type { CopyWriter } from './copy-writer';
import { SeededRandom } from './random';

export interface DemoStaffMember { id: string; login: string; role: string }

const COURSES = [
  { course: '变频空调维修技术', hours: 8 },
  { course: '燃气热水器安全规范', hours: 6 },
  { course: '服务礼仪与沟通', hours: 4 },
  { course: '废弃电器电子产品回收处理规范', hours: 3 },
  { course: '客户投诉处理流程', hours: 4 },
  { course: '新品上市技术培训', hours: 6 },
] as const;
const ISSUERS = ['应急管理局', '人力资源和社会保障局', '中国家用电器服务维修协会'];
const DAY = 86_400_000;

/**
 * Qualifications and a year of trainings for the demo staff, so the people KPIs (certified staff,
 * training hours per head) and the personnel register have believable figures: most technicians hold
 * a valid certificate, a few have let it lapse; each month one or two courses with a share of the staff.
 */
export function writeDemoPeople(copy: CopyWriter, orgId: string, staff: readonly DemoStaffMember[], now: Date, timeZone: string, seed: number): void {
  const random = new SeededRandom(seed);
  for (const member of staff.filter((s) => s.role === 'TECHNICIAN')) {
    const held = random.chance(0.92) ? random.int(1, 2) : 0;
    for (let n = 0; n < held; n++) {
      const validFrom = new Date(now.getTime() - random.int(200, 1500) * DAY);
      const lapsed = random.chance(0.05);
      const validUntil = new Date(lapsed ? now.getTime() - random.int(10, 120) * DAY : validFrom.getTime() + random.int(3, 6) * 365 * DAY);
      copy.add('qualifications', [random.uuid(), orgId, member.id, random.pick(CERTIFICATE_TYPES.filter((type) => type !== 'OTHER')),
        `T${random.int(10_000_000, 99_999_999)}`, random.pick(ISSUERS), localDateOf(validFrom, timeZone), localDateOf(validUntil, timeZone)]);
    }
  }
  for (let month = 12; month >= 1; month--) {
    for (let session = random.int(1, 2); session > 0; session--) {
      const { course, hours } = random.pick(COURSES);
      const id = random.uuid();
      const date = localDateOf(new Date(now.getTime() - month * 30 * DAY + random.int(0, 25) * DAY), timeZone);
      copy.add('trainings', [id, orgId, course, date, hours, '培训中心讲师']);
      for (const member of staff) {
        if (member.role === 'ADMIN' || !random.chance(0.4)) continue;
        const score = random.int(55, 100);
        copy.add('training_attendances', [random.uuid(), orgId, id, member.id, score, score >= 60]);
      }
    }
  }
}
