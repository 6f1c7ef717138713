import { useCallback, useState } from 'react';
import { useAuth } from '../../app/auth/auth-context';
import { readStored, writeStored } from '../../app/browser-storage.util';

/**
 * Whose jobs the technician screens show: a signed-in technician's own; an administrator or manager
 * looking on chooses a technician, remembered in the browser.
 */
export const TECHNICIAN_STORAGE_KEY = 'stardesk.technicianId';

export function useTechnicianIdentity(): [string | null, (id: string | null) => void] {
  const { user } = useAuth();
  const [id, setId] = useState(() => readStored(TECHNICIAN_STORAGE_KEY));
  const choose = useCallback((next: string | null) => {
    writeStored(TECHNICIAN_STORAGE_KEY, next ?? '');
    setId(next);
  }, []);
  if (user.role === 'TECHNICIAN') return [user.id, () => undefined];
  return [id || null, choose];
}
