import { localDateOf } from '@stardesk/domain';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';

/** Today where the organisation is: overdue and deadlines are counted in its local days. */
export function useOrganisationToday(): string {
  const { timeZone } = useCurrentOrganisation();
  return localDateOf(new Date(), timeZone);
}
