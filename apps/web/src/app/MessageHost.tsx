import { message } from 'antd';
import { useEffect } from 'react';

export type NoticeKind = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  content: string;
}

interface MessageHostProps {
  notices: readonly Notice[];
  onShown: (ids: readonly number[]) => void;
}

export default function MessageHost({ notices, onShown }: MessageHostProps) {
  const [messageApi, contextHolder] = message.useMessage();
  useEffect(() => {
    if (notices.length === 0) return;
    for (const notice of notices) void messageApi.open({ type: notice.kind, content: notice.content });
    onShown(notices.map((notice) => notice.id));
  }, [messageApi, notices, onShown]);
  return contextHolder;
}
