import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import CorrectiveActionsPage from './CorrectiveActionsPage';
import { DeadlineTag } from './DeadlineTag';

const anAction = (changes: Record<string, unknown>) => ({
  __typename: 'CorrectiveAction',
  id: 'ca-1',
  source: 'COMPLAINT',
  sourceReference: 'TS-2026-0001',
  problem: '上门超时',
  rootCause: null,
  action: null,
  dueDate: '2026-06-30',
  status: 'OPEN',
  overdue: false,
  completedOn: null,
  effectivenessResult: null,
  effectivenessCheckedOn: null,
  effectivenessNote: null,
  version: 1,
  owner: { __typename: 'StaffSummary', id: 's-1', name: '王经理' },
  ...changes,
});

const connection = (nodes: Record<string, unknown>[]) => ({
  __typename: 'CorrectiveActionConnection',
  totalCount: nodes.length,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  edges: nodes.map((node) => ({ __typename: 'CorrectiveActionEdge', node })),
});

function setup() {
  const created: Record<string, unknown>[] = [];
  const client = mockGraphqlClient((name, variables) => {
    if (name === 'StaffChoices') return { data: { staff: [{ __typename: 'StaffMember', id: 's-1', login: 'wang', name: '王经理' }] } };
    if (name === 'CorrectiveActions') {
      return { data: { correctiveActions: connection([anAction({ id: 'ca-1', problem: '一次修复率低于目标', dueDate: '2026-05-01', overdue: true }), anAction({ id: 'ca-2', problem: '回访不及时' })]) } };
    }
    if (name === 'CreateCorrectiveAction') {
      created.push(variables);
      return {
        errors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: [
                { field: 'sourceReference', code: 'required', message: '必填项' },
                { field: 'dueDate', code: 'required', message: '必填项' },
              ],
            },
          },
        ],
      };
    }
    throw new Error(`unexpected operation ${name}`);
  });
  renderWithProviders(<CorrectiveActionsPage />, { client, url: '/quality/corrective-actions', path: '/quality/corrective-actions' });
  return { created };
}

describe('CorrectiveActionsPage', () => {
  it('marks an overdue action in words and in its row, and not the others', async () => {
    setup();
    const table = await screen.findByTestId('corrective-action-table');
    const overdueRow = (await within(table).findByText('一次修复率低于目标')).closest('tr')!;
    expect(overdueRow.className).toContain('sd-row-overdue');
    expect(within(overdueRow).getByText('逾期')).toBeTruthy();
    const onTimeRow = within(table).getByText('回访不及时').closest('tr')!;
    expect(onTimeRow.className).not.toContain('sd-row-overdue');
    expect(within(onTimeRow).queryByText('逾期')).toBeNull();
  });

  it('shows the API’s field errors under the fields of the form and keeps it open', async () => {
    const { created } = setup();
    fireEvent.click(await screen.findByRole('button', { name: /新建纠正措施/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('问题描述'), { target: { value: '上门超时' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ input: { source: 'COMPLAINT', problem: '上门超时', dueDate: null } });
    expect(await within(dialog).findAllByText('必填项')).toHaveLength(2);
    expect(within(dialog).getByText('请修正标出的字段后再提交。')).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});

describe('DeadlineTag', () => {
  it.each([
    ['PENDING', '2026-06-20', '剩余 5 天'],
    ['OVERDUE', '2026-06-10', '逾期 5 天'],
    ['NOTIFIED', '2026-06-10', '按时通报'],
  ] as const)('%s with deadline %s reads %s on 2026-06-15', async (state, deadline, text) => {
    renderWithProviders(<DeadlineTag state={state} deadline={deadline} today="2026-06-15" />, { client: mockGraphqlClient(() => ({})) });
    expect(await screen.findByText(text)).toBeTruthy();
  });
});
