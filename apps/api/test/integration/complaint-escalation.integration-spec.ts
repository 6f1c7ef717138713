import { startApiProcess, type ApiProcess } from '../../../../tools/testing/api-process';
import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type TestApp } from '../support/test-app';
import { ESCALATION_RUN, complaintsKit, hoursAgo } from '../support/complaints.kit';

let app: TestApp;
let acme: GivenOrganisation;
const { must, create, mustStep, detail } = complaintsKit(() => app, () => acme);

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withOutlet('SH-02').withProduct('KFR-35GW').create(app.database.dataSource);
  await anOrganisation('OTHER').withOutlet('GZ-01').withProduct('BCD-520').create(app.database.dataSource);
  await anOrganisation('ESC').withOutlet('BJ-01').create(app.database.dataSource);
  await anOrganisation('JOBS').create(app.database.dataSource);
});
afterAll(async () => app?.close());

describe('escalation past deadlines', () => {
  it('raises exactly the overdue complaints, once per deadline, recording each step', async () => {
    const make = (changes: Record<string, unknown>) => create({ outletId: null, ...changes }, 'ESC');
    const lateAck = await make({ receivedAt: hoursAgo(25) });
    const fresh = await make({ receivedAt: hoursAgo(2) });
    const majorLate = await make({ receivedAt: hoursAgo(80), severity: 'MAJOR' });
    await mustStep('acknowledgeComplaint', { id: majorLate.id, at: hoursAgo(79) }, 'ESC');
    const forgotten = await make({ receivedAt: hoursAgo(200) });
    const closed = await make({ receivedAt: hoursAgo(300) });
    await mustStep('acknowledgeComplaint', { id: closed.id, at: hoursAgo(299) }, 'ESC');
    await mustStep('closeComplaint', { id: closed.id, at: hoursAgo(298), resolution: '已更换', customerAccepted: true }, 'ESC');
    const byHand = await make({ receivedAt: hoursAgo(26) });
    await mustStep('escalateComplaint', { id: byHand.id, note: '客户情绪激动' }, 'ESC');
    const atTop = await make({ receivedAt: hoursAgo(26) });
    for (const note of ['一', '二']) await mustStep('escalateComplaint', { id: atTop.id, note }, 'ESC');

    expect((await must<{ runComplaintEscalation: number }>(ESCALATION_RUN, {}, 'ESC')).runComplaintEscalation).toBe(4);
    const levels = async () =>
      Object.fromEntries(
        await Promise.all(
          Object.entries({ lateAck, fresh, majorLate, forgotten, closed, byHand, atTop }).map(async ([name, c]) => [name, (await detail(c.id, 'ESC'))!.escalationLevel]),
        ),
      );
    const expected = { lateAck: 2, fresh: 1, majorLate: 2, forgotten: 3, closed: 1, byHand: 3, atTop: 3 };
    expect(await levels()).toEqual(expected);

    const forgottenHistory = await detail(forgotten.id, 'ESC');
    expect(forgottenHistory!.escalatedDeadlines).toEqual(['ACKNOWLEDGEMENT', 'RESOLUTION']);
    expect(forgottenHistory!.events.filter((e) => e.action === 'ESCALATE').map((e) => [e.fromLevel, e.toLevel, e.escalationReason, e.deadline])).toEqual([
      [1, 2, 'DEADLINE_PASSED', 'ACKNOWLEDGEMENT'],
      [2, 3, 'DEADLINE_PASSED', 'RESOLUTION'],
    ]);
    expect((await detail(majorLate.id, 'ESC'))!.events.at(-1)).toMatchObject({ action: 'ESCALATE', deadline: 'RESOLUTION', fromStatus: 'ACKNOWLEDGED', toStatus: 'ACKNOWLEDGED' });

    // The same deadlines never escalate twice, however often the job runs.
    const [before] = await app.database.dataSource.query("SELECT count(*)::int AS n FROM complaint_events WHERE escalation_reason = 'DEADLINE_PASSED'");
    expect((await must<{ runComplaintEscalation: number }>(ESCALATION_RUN, {}, 'ESC')).runComplaintEscalation).toBe(0);
    expect(await levels()).toEqual(expected);
    const [after] = await app.database.dataSource.query("SELECT count(*)::int AS n FROM complaint_events WHERE escalation_reason = 'DEADLINE_PASSED'");
    expect(after.n).toBe(before.n);
  });

  it('runs on schedule in the API process: pg-boss escalates an overdue complaint, once, even with two API processes', async () => {
    const { id } = await create({ outletId: null, receivedAt: hoursAgo(30) }, 'JOBS');
    // Two more API processes on the same database, starting at the same moment with the scheduler on
    // (checking every second, so the first run follows start-up within seconds, not a minute).
    const env = { DATABASE_URL: app.database.url, STARDESK_WEB_DIST: '/nonexistent', STARDESK_JOBS: 'true', STARDESK_JOBS_CHECK_SECONDS: '1' };
    const workers: ApiProcess[] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    try {
      const deadline = Date.now() + 90_000;
      let level = 1;
      while (level < 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        level = (await detail(id, 'JOBS'))!.escalationLevel;
      }
      expect(level).toBe(2);
      const [job] = await app.database.dataSource.query(
        "SELECT count(*) FILTER (WHERE state = 'completed')::int AS completed FROM pgboss.job WHERE name = 'complaint-escalation'",
      );
      expect(job.completed).toBeGreaterThanOrEqual(1);
    } finally {
      const codes = await Promise.all(workers.map((worker) => worker.stop()));
      // Both stop cleanly on SIGTERM (app.close() stops pg-boss); neither logged an error or a failed start
      // (starting together on a fresh database once deadlocked pg-boss's queue creation).
      expect(codes).toEqual([0, 0]);
      for (const worker of workers) expect(worker.output()).not.toMatch(/"level":(50|60)|did not start/);
    }
    const events = (await detail(id, 'JOBS'))!.events.filter((e) => e.action === 'ESCALATE');
    expect(events).toEqual([expect.objectContaining({ escalationReason: 'DEADLINE_PASSED', deadline: 'ACKNOWLEDGEMENT', fromLevel: 1, toLevel: 2 })]);
  }, 120_000);
});
