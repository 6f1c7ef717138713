import { useMemo } from 'react';
import { useQuery } from 'urql';
import { StaffChoicesDocument } from '../graphql/quality-registers';

/** Active staff as select options (name and login), for authors, approvers, owners and checkers. */
export function useStaffChoices(): { options: { value: string; label: string }[]; loading: boolean } {
  const [result] = useQuery({ query: StaffChoicesDocument });
  const options = useMemo(() => (result.data?.staff ?? []).map((person) => ({ value: person.id, label: `${person.name}（${person.login}）` })), [result.data]);
  return { options, loading: result.fetching };
}
