import { useCallback, useState } from 'react';
import { readStored, writeStored } from '../../app/browser-storage.util';

/**
 * Which technician uses this phone, until sign-in provides it: chosen once, kept in the browser.
 * The sign-in work replaces this with the signed-in staff member.
 */
export const TECHNICIAN_STORAGE_KEY = 'stardesk.technicianId';

export function useTechnicianIdentity(): [string | null, (id: string | null) => void] {
  const [id, setId] = useState(() => readStored(TECHNICIAN_STORAGE_KEY));
  const choose = useCallback((next: string | null) => {
    writeStored(TECHNICIAN_STORAGE_KEY, next ?? '');
    setId(next);
  }, []);
  return [id || null, choose];
}
