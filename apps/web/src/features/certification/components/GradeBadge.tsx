import { Flex, Rate, Tag, Typography } from 'antd';
import type { ServiceGrade } from '@stardesk/domain';
import { useTranslation } from 'react-i18next';
import { GRADE_STARS } from '../certification.util';

const COLORS: Record<ServiceGrade, string> = { FAIL: 'red', COMPLIANT: 'blue', THREE_STAR: 'gold', FOUR_STAR: 'gold', FIVE_STAR: 'gold' };

interface GradeBadgeProps {
  grade: ServiceGrade | null;
  /** In a table cell: the stars smaller, on one line with the name. */
  compact?: boolean;
}

/** The star grade as stars and its name; the stars are decoration, the name is what is read out. */
export function GradeBadge({ grade, compact = false }: GradeBadgeProps) {
  const { t } = useTranslation();
  if (!grade) return <Typography.Text type="secondary">{t('certification.grade.none')}</Typography.Text>;
  const stars = GRADE_STARS[grade];
  return (
    <Flex align="center" gap={8} wrap data-testid="grade-badge">
      {stars > 0 ? <Rate disabled count={5} value={stars} aria-hidden="true" style={{ fontSize: compact ? 12 : 20 }} /> : null}
      <Tag color={COLORS[grade]}>{t(`certification.grade.${grade}`)}</Tag>
    </Flex>
  );
}
