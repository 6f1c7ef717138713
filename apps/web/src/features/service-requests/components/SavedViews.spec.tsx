import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import { SAVED_VIEWS_STORAGE_KEY } from '../saved-views.util';
import { aConnection } from '../testing/service-request.factory';
import RequestsPage from './RequestsPage';

const SLOW = { timeout: 8000 };

function setup(url: string) {
  const filters: unknown[] = [];
  const client = mockGraphqlClient((name, variables) => {
    if (name === 'Outlets') return { data: { outlets: [] } };
    if (name === 'ServiceRequests') {
      filters.push(variables['filter']);
      return { data: { serviceRequests: { __typename: 'ServiceRequestConnection', ...aConnection([]), pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } };
    }
    throw new Error(`unexpected operation ${name}`);
  });
  renderWithProviders(<RequestsPage />, { client, url, path: '/requests' });
  return { filters };
}

const location = () => screen.getByTestId('location').textContent;

afterEach(() => localStorage.clear());

describe('saved views of the request queue', () => {
  it('saves the current filters under a name, in this browser', async () => {
    setup('/requests?status=ON_HOLD&q=SR-2025');
    const views = await screen.findByTestId('saved-views');
    fireEvent.click(within(views).getByRole('button', { name: '保存当前视图' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('视图名称'), { target: { value: '  挂起待跟进 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(views).findByText('挂起待跟进', {}, SLOW)).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(SAVED_VIEWS_STORAGE_KEY) ?? '[]')).toEqual([{ id: expect.any(String), name: '挂起待跟进', query: 'q=SR-2025&status=ON_HOLD' }]);
    // The current filters are that view now: nothing more to save.
    expect((within(views).getByRole('button', { name: '保存当前视图' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says why a view cannot be saved without a name', async () => {
    setup('/requests?status=NEW');
    fireEvent.click(await screen.findByRole('button', { name: '保存当前视图' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('请输入视图名称', {}, SLOW)).toBeTruthy();
  });

  it('applies a saved view by putting its filters in the URL, and deletes it', async () => {
    localStorage.setItem(SAVED_VIEWS_STORAGE_KEY, JSON.stringify([{ id: 'v1', name: '待派工', query: 'status=ACKNOWLEDGED' }]));
    const { filters } = setup('/requests');
    const views = await screen.findByTestId('saved-views');
    fireEvent.click(within(views).getByText('待派工'));
    await waitFor(() => expect(location()).toBe('/requests?status=ACKNOWLEDGED'), SLOW);
    await waitFor(() => expect(filters.at(-1)).toEqual({ statuses: ['ACKNOWLEDGED'] }), SLOW);
    fireEvent.click(within(views).getByRole('button', { name: '删除视图「待派工」' }));
    await waitFor(() => expect(within(views).queryByText('待派工')).toBeNull(), SLOW);
    expect(localStorage.getItem(SAVED_VIEWS_STORAGE_KEY)).toBe('[]');
  });

  it('keeps nothing to save while no filter is set', async () => {
    setup('/requests');
    const views = await screen.findByTestId('saved-views');
    expect(within(views).getByText('暂无，设置筛选条件后可保存')).toBeTruthy();
    expect((within(views).getByRole('button', { name: '保存当前视图' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
