import { createContext, useContext } from 'react';
import type { SignedInUser } from './session';

export interface AuthContextValue {
  user: SignedInUser;
  signOut: () => void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthGate>');
  return value;
}
