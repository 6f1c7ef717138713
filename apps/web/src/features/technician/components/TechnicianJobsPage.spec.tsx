import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockGraphqlClient, type MockResponse } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import { TECHNICIAN_STORAGE_KEY } from '../technician-identity';
import TechnicianJobsPage from './TechnicianJobsPage';

const SLOW = { timeout: 8000 };
const STAFF = [{ __typename: 'StaffMember', id: 't-1', name: '王师傅', login: 'wang', phone: null, outletIds: ['o-1'] }];

function aJob(id: string, code: string, status: string, arrivalDue: string | null) {
  return {
    __typename: 'ServiceRequest',
    id,
    code,
    type: 'REPAIR',
    priority: 'NORMAL',
    status,
    reportedAt: '2025-03-01T00:00:00.000Z',
    faultDescription: '不制冷',
    customer: { __typename: 'Customer', id: `c-${id}`, name: '韩梅梅', phone: '13912345678', address: '上海市浦东新区张杨路 100 号' },
    product: { __typename: 'Product', id: 'p-1', model: 'KFR-35GW', name: '壁挂式空调' },
    deadlines: { __typename: 'RequestDeadlines', arrival: arrivalDue ? { __typename: 'Deadline', dueAt: arrivalDue, state: 'PENDING', minutesLeft: 60, minutesLate: null } : null },
  };
}

function setup(jobs: () => MockResponse) {
  const asked: unknown[] = [];
  const client = mockGraphqlClient((name, variables) => {
    if (name === 'Technicians') return { data: { staff: STAFF } };
    if (name === 'MyJobs') {
      asked.push(variables);
      return jobs();
    }
    throw new Error(`unexpected operation ${name}`);
  });
  renderWithProviders(<TechnicianJobsPage />, { client, url: '/tech', path: '/tech' });
  return { asked };
}

afterEach(() => localStorage.clear());

describe('TechnicianJobsPage', () => {
  it('asks who the technician is, remembers it and lists their open jobs, the one on site first', async () => {
    const later = new Date(Date.now() + 5 * 3600_000).toISOString();
    const { asked } = setup(() => ({
      data: { serviceRequests: { __typename: 'ServiceRequestConnection', totalCount: 2, edges: [{ __typename: 'ServiceRequestEdge', node: aJob('a', 'SR-A', 'DISPATCHED', later) }, { __typename: 'ServiceRequestEdge', node: aJob('b', 'SR-B', 'IN_PROGRESS', null) }] } },
    }));
    expect(await screen.findByText('请先选择您是哪位工程师')).toBeTruthy();
    fireEvent.mouseDown(screen.getByLabelText('我是'));
    const option = await waitFor(() => {
      const match = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((element) => element.textContent === '王师傅 (wang)');
      if (!match) throw new Error('technicians not shown');
      return match;
    }, SLOW);
    fireEvent.click(option);
    const links = await screen.findAllByRole('link', { name: /打开任务/ }, SLOW);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/tech/jobs/b', '/tech/jobs/a']);
    expect(localStorage.getItem(TECHNICIAN_STORAGE_KEY)).toBe('t-1');
    expect(asked).toEqual([{ technicianId: 't-1' }]);
    expect(screen.getAllByRole('link', { name: /13912345678/ }).every((link) => link.getAttribute('href') === 'tel:13912345678')).toBe(true);
  });

  it('says when there is nothing to do', async () => {
    localStorage.setItem(TECHNICIAN_STORAGE_KEY, 't-1');
    setup(() => ({ data: { serviceRequests: { __typename: 'ServiceRequestConnection', totalCount: 0, edges: [] } } }));
    expect(await screen.findByText('今天没有待处理的任务', {}, SLOW)).toBeTruthy();
  });

  it('explains a failed load with a retry', async () => {
    localStorage.setItem(TECHNICIAN_STORAGE_KEY, 't-1');
    setup(() => ({ errors: [{ message: '服务暂不可用' }] }));
    expect(await screen.findByText('无法加载任务', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('服务暂不可用')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });
});
