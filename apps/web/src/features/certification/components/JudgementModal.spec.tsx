import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import type { LoadedAssessment } from '../assessment-change';
import { JudgementModal } from './JudgementModal';
import type { CriterionRow } from './ScorecardTable';

const assessment = { id: 'a-1', version: 4 } as LoadedAssessment;
const criterion = { key: 'SYS.CULT.2', nameZh: '服务理念的传达与培训', nameEn: 'The philosophy communicated and trained', points: 2, judgement: null } as unknown as CriterionRow;

function setup() {
  const sent: Record<string, unknown>[] = [];
  let closed = 0;
  const client = mockGraphqlClient((name, variables) => {
    if (name !== 'RecordAssessmentJudgement') throw new Error(`unexpected operation ${name}`);
    sent.push(variables);
    const input = variables['input'] as { outcome: string; note: string | null };
    if (input.outcome !== 'CONFORMING' && !input.note) {
      return { errors: [{ message: '部分字段填写有误', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'note', code: 'noteRequired', message: '判定为不符合或不适用时须填写说明' }] } }] };
    }
    return { data: { recordAssessmentJudgement: { __typename: 'Assessment', id: 'a-1', version: 5 } } };
  });
  renderWithProviders(<JudgementModal assessment={assessment} criterion={criterion} onClose={() => (closed += 1)} />, { client });
  return { sent, closed: () => closed };
}

describe('JudgementModal', () => {
  it('checks the form before sending: a judgement is chosen, links look like links', async () => {
    const { sent } = setup();
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存评审' }));
    expect(await within(dialog).findByText('请选择评审结论')).toBeTruthy();
    fireEvent.click(within(dialog).getByLabelText('符合'));
    fireEvent.change(within(dialog).getByLabelText('证据链接'), { target: { value: 'see the binder' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存评审' }));
    expect(await within(dialog).findByText('每行须为 https:// 开头的链接或以 / 开头的站内路径')).toBeTruthy();
    expect(sent).toHaveLength(0);
  });

  it('shows the API’s field error under the note, then saves with the version it saw', async () => {
    const { sent, closed } = setup();
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText('不符合'));
    fireEvent.click(within(dialog).getByRole('button', { name: '保存评审' }));
    expect(await within(dialog).findByText('判定为不符合或不适用时须填写说明')).toBeTruthy();
    expect(closed()).toBe(0);

    fireEvent.change(within(dialog).getByLabelText('说明'), { target: { value: '培训签到表缺三人' } });
    fireEvent.change(within(dialog).getByLabelText('证据链接'), { target: { value: 'https://intra.example/a.pdf\n/quality/documents' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存评审' }));
    await waitFor(() => expect(closed()).toBe(1));
    expect(sent[1]).toEqual({
      input: { assessmentId: 'a-1', expectedVersion: 4, criterionKey: 'SYS.CULT.2', outcome: 'NON_CONFORMING', note: '培训签到表缺三人', evidenceLinks: ['https://intra.example/a.pdf', '/quality/documents'] },
    });
  });
});
