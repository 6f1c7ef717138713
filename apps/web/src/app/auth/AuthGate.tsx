import { Spin } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthContext, type AuthContextValue } from './auth-context';
import { onSessionChange, refreshSession, signOut, type SignedInUser } from './session';

const SignInPage = lazy(() => import('./SignInPage'));

/**
 * Everything below renders only for a signed-in user. On load the refresh cookie (if any) restores
 * the session; otherwise, or after sign-out or a revoked session, the sign-in page shows.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [user, setUser] = useState<SignedInUser | null | undefined>(undefined);

  useEffect(() => {
    const stop = onSessionChange(setUser);
    void refreshSession(i18n.language);
    return stop;
  }, [i18n]);

  const value: AuthContextValue | null = useMemo(() => (user ? { user, signOut: () => void signOut() } : null), [user]);

  const checking = (
    <div className="sd-centered" role="status">
      <Spin description={t('auth.checking')} size="large" />
    </div>
  );
  if (user === undefined) return checking;
  if (!value) {
    return (
      <Suspense fallback={checking}>
        <SignInPage />
      </Suspense>
    );
  }
  // Keyed by user: another sign-in starts from empty caches and forms.
  return (
    <AuthContext key={`${value.user.organisation.code}/${value.user.login}`} value={value}>
      {children}
    </AuthContext>
  );
}
