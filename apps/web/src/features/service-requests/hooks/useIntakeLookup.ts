import { useCallback, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { CustomerByPhoneQuery } from '../../../gql/graphql';
import { CustomerByPhoneDocument, OpenRequestsMatchingDocument, UnitsBySerialDocument } from '../graphql/intake-lookup';
import { duplicateCandidates, exactUnit, type FoundUnit, type OpenRequestMatch } from '../intake-lookup.util';

export type FoundCustomer = CustomerByPhoneQuery['customers']['edges'][number]['node'];

export interface IntakeLookupState {
  phone: string | null;
  serial: string | null;
  customer: FoundCustomer | null;
  unit: FoundUnit | null;
  /** The serial was looked up and no unit has it. */
  unitUnknown: boolean;
  duplicates: OpenRequestMatch[];
  looking: boolean;
  failed: boolean;
}

const INITIAL: IntakeLookupState = { phone: null, serial: null, customer: null, unit: null, unitUnknown: false, duplicates: [], looking: false, failed: false };

/**
 * What the system already knows about a caller and a unit: the customer by phone, the unit (and its
 * warranty) by serial, and open requests of either, so a dispatcher does not open the same job twice.
 */
export function useIntakeLookup(): [IntakeLookupState, { byPhone: (phone: string | null) => Promise<FoundCustomer | null>; bySerial: (serial: string | null) => Promise<FoundUnit | null> }] {
  const client = useClient();
  const [state, setState] = useState<IntakeLookupState>(INITIAL);
  const matches = useRef<{ phone: OpenRequestMatch[]; serial: OpenRequestMatch[] }>({ phone: [], serial: [] });

  const openRequests = useCallback(
    async (search: string): Promise<OpenRequestMatch[]> => {
      const result = await client.query(OpenRequestsMatchingDocument, { search }, { requestPolicy: 'network-only' }).toPromise();
      if (result.error) throw result.error;
      return result.data?.serviceRequests.edges.map((edge) => edge.node) ?? [];
    },
    [client],
  );

  const byPhone = useCallback(
    async (phone: string | null): Promise<FoundCustomer | null> => {
      if (!phone) {
        matches.current.phone = [];
        setState((current) => ({ ...current, phone: null, customer: null, duplicates: duplicateCandidates([], matches.current.serial, null, current.serial) }));
        return null;
      }
      setState((current) => ({ ...current, phone, looking: true, failed: false }));
      try {
        const [customers, requests] = await Promise.all([
          client.query(CustomerByPhoneDocument, { phone }, { requestPolicy: 'network-only' }).toPromise(),
          openRequests(phone),
        ]);
        if (customers.error) throw customers.error;
        const customer = customers.data?.customers.edges[0]?.node ?? null;
        matches.current.phone = requests;
        setState((current) => ({
          ...current,
          customer,
          looking: false,
          duplicates: duplicateCandidates(requests, matches.current.serial, phone, current.serial),
        }));
        return customer;
      } catch {
        setState((current) => ({ ...current, looking: false, failed: true }));
        return null;
      }
    },
    [client, openRequests],
  );

  const bySerial = useCallback(
    async (serial: string | null): Promise<FoundUnit | null> => {
      if (!serial) {
        matches.current.serial = [];
        setState((current) => ({ ...current, serial: null, unit: null, unitUnknown: false, duplicates: duplicateCandidates(matches.current.phone, [], current.phone, null) }));
        return null;
      }
      setState((current) => ({ ...current, serial, looking: true, failed: false }));
      try {
        const [units, requests] = await Promise.all([
          client.query(UnitsBySerialDocument, { serialNo: serial }, { requestPolicy: 'network-only' }).toPromise(),
          openRequests(serial),
        ]);
        if (units.error) throw units.error;
        const unit = exactUnit(units.data?.productUnits.edges.map((edge) => edge.node) ?? [], serial);
        matches.current.serial = requests;
        setState((current) => ({
          ...current,
          unit,
          unitUnknown: !unit,
          looking: false,
          duplicates: duplicateCandidates(matches.current.phone, requests, current.phone, serial),
        }));
        return unit;
      } catch {
        setState((current) => ({ ...current, looking: false, failed: true }));
        return null;
      }
    },
    [client, openRequests],
  );

  return [state, { byPhone, bySerial }];
}
