import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { TEST_USER, renderWithProviders } from '../../../testing/render';
import AssessmentsPage from './AssessmentsPage';

const anAssessment = (changes: Record<string, unknown>) => ({
  __typename: 'Assessment',
  id: 'a-1',
  title: null,
  periodFrom: '2026-01-01',
  periodTo: '2026-04-01',
  catalogVersionNo: 1,
  catalogLabel: 'stardesk-default-2026.1',
  status: 'DRAFT',
  score: 91.19,
  grade: 'FOUR_STAR',
  gradeName: '四星级',
  signedOffAt: null,
  signedOffBy: null,
  ...changes,
});

function render(assessments: Record<string, unknown>[], role: 'MANAGER' | 'AUDITOR' = 'MANAGER') {
  const client = mockGraphqlClient((name) => {
    if (name === 'Assessments') return { data: { assessments } };
    throw new Error(`unexpected operation ${name}`);
  });
  renderWithProviders(<AssessmentsPage />, { client, url: '/certification', path: '/certification', user: { ...TEST_USER, role } });
}

describe('AssessmentsPage', () => {
  it('lists periods by their last day with score, grade and status', async () => {
    render([anAssessment({}), anAssessment({ id: 'a-2', periodFrom: '2025-10-01', periodTo: '2026-01-01', status: 'SIGNED_OFF', score: 69.99, grade: 'FAIL' })]);
    const table = await screen.findByTestId('assessment-table');
    const draft = (await within(table).findByText('2026-01-01 – 2026-03-31')).closest('tr')!;
    expect(within(draft).getByText('91.19')).toBeTruthy();
    expect(within(draft).getByText('四星级')).toBeTruthy();
    expect(within(draft).getByText('草稿')).toBeTruthy();
    const signed = within(table).getByText('2025-10-01 – 2025-12-31').closest('tr')!;
    expect(within(signed).getByText('不合格')).toBeTruthy();
    expect(within(signed).getByText('已签署')).toBeTruthy();
    expect(screen.getByRole('button', { name: /新建自评/ })).toBeTruthy();
  });

  it('tells an empty list what to do, and gives an auditor no create button', async () => {
    render([], 'AUDITOR');
    expect(await screen.findByText('还没有自评')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新建自评/ })).toBeNull();
  });
});
