import { gradeOf, type ServiceGrade } from './grade';

describe('grade of a score (boundaries inclusive)', () => {
  it.each<[number, ServiceGrade, string]>([
    [0, 'FAIL', '不合格'],
    [69.99, 'FAIL', '不合格'],
    [70, 'COMPLIANT', '达标级'],
    [79.99, 'COMPLIANT', '达标级'],
    [80, 'THREE_STAR', '三星级'],
    [89.99, 'THREE_STAR', '三星级'],
    [90, 'FOUR_STAR', '四星级'],
    [94.99, 'FOUR_STAR', '四星级'],
    [95, 'FIVE_STAR', '五星级'],
    [100, 'FIVE_STAR', '五星级'],
  ])('%p → %s (%s)', (score, grade, nameZh) => {
    expect(gradeOf(score)).toMatchObject({ grade, nameZh });
  });
});
