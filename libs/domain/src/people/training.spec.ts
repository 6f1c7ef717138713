import { ValidationFailed } from '../common/field-error';
import { validateTraining, type TrainingDraft } from './training';

const today = '2026-03-05';
const valid: TrainingDraft = {
  course: ' R32 冷媒安全操作 ',
  date: '2026-03-02',
  hours: 3.5,
  trainer: '王工',
  attendees: [{ staffId: 's-1', score: 92, passed: true }, { staffId: 's-2' }],
};

function problems(draft: TrainingDraft): string[] {
  try {
    validateTraining(draft, today);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return error.errors.map((e) => `${e.field}:${e.code}`);
  }
}

describe('validateTraining', () => {
  it('accepts a course with its attendees and their assessments', () => {
    expect(validateTraining(valid, today)).toEqual({
      course: 'R32 冷媒安全操作',
      date: '2026-03-02',
      hours: 3.5,
      trainer: '王工',
      syllabus: null,
      attendees: [
        { staffId: 's-1', score: 92, passed: true },
        { staffId: 's-2', score: null, passed: null },
      ],
    });
  });

  it.each<[string, TrainingDraft, string[]]>([
    ['nothing', {}, ['course:required', 'date:required', 'hours:required', 'attendees:required']],
    ['no hours', { ...valid, hours: 0 }, ['hours:outOfRange']],
    ['hours in hundredths', { ...valid, hours: 1.25 }, ['hours:tooManyDecimals']],
    ['a day in the future', { ...valid, date: '2026-03-06' }, ['date:inFuture']],
    ['a score above 100', { ...valid, attendees: [{ staffId: 's-1', score: 101 }] }, ['attendees.0.score:outOfRange']],
    ['a person listed twice', { ...valid, attendees: [{ staffId: 's-1' }, { staffId: 's-2' }, { staffId: 's-1' }] }, ['attendees.2.staffId:listedTwice']],
    ['an attendee without a person', { ...valid, attendees: [{ score: 80 }] }, ['attendees.0.staffId:required']],
  ])('refuses %s', (_name, draft, expected) => {
    expect(problems(draft)).toEqual(expected);
  });
});
