import { createContext, lazy, Suspense, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Notice, NoticeKind } from './MessageHost';

/**
 * Toast messages ("工单 SR-… 已创建") that follow the ConfigProvider (theme, locale). The antd message
 * machinery loads with the first notice (or when a page that will post one preloads it), not with
 * the shell: it is not needed to show the first page.
 */
const MessageHost = lazy(() => import('./MessageHost'));

export function preloadFeedback(): void {
  void import('./MessageHost');
}

interface Feedback {
  notify: (kind: NoticeKind, content: string) => void;
}

const FeedbackContext = createContext<Feedback | null>(null);

let nextNoticeId = 1;

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  // Stays mounted once used: shown toasts live inside the host.
  const [hostWanted, setHostWanted] = useState(false);

  const notify = useCallback((kind: NoticeKind, content: string) => {
    setHostWanted(true);
    setNotices((list) => [...list, { id: nextNoticeId++, kind, content }]);
  }, []);
  const onShown = useCallback((ids: readonly number[]) => {
    setNotices((list) => list.filter((notice) => !ids.includes(notice.id)));
  }, []);
  const feedback = useMemo(() => ({ notify }), [notify]);

  return (
    <FeedbackContext value={feedback}>
      {children}
      {hostWanted ? (
        <Suspense fallback={null}>
          <MessageHost notices={notices} onShown={onShown} />
        </Suspense>
      ) : null}
    </FeedbackContext>
  );
}

export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext);
  if (!feedback) throw new Error('useFeedback must be used inside <FeedbackProvider>');
  return feedback;
}
