import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChangeNotificationState } from '../../../gql/graphql';
import { deadlineStatus } from '../quality-registers.util';

const COLOURS = { success: 'green', processing: 'blue', warning: 'orange', error: 'red', default: 'default' } as const;

/** The deadline of a change notification as it reads today: days left, due today, days late, or how it was sent. */
export function DeadlineTag({ deadline, state, today }: { deadline: string; state: ChangeNotificationState; today: string }) {
  const { t } = useTranslation();
  const status = deadlineStatus({ deadline, state }, today);
  return <Tag color={COLOURS[status.tone]}>{t(`quality.notifications.${status.key}`, { count: status.days })}</Tag>;
}
