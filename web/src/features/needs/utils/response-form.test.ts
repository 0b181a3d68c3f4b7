import { describe, expect, it } from 'vitest';
import { answersBody, draftFrom, emptyAnswer, prioritiesBody, progressOf, type ResponseDraft } from './response-form';

const questions = [
  { id: 10, kind: 'topic', topicId: 1 },
  { id: 11, kind: 'topic', topicId: 2 },
  { id: 12, kind: 'custom', topicId: null },
];

function draft(partial: Partial<ResponseDraft> = {}): ResponseDraft {
  return { answers: {}, priorities: [null, null, null], ...partial };
}

describe('the focal-point form state', () => {
  it('counts a topic answered once its need level is chosen, a custom question once it has text', () => {
    expect(progressOf(questions, draft())).toEqual({ answered: 0, total: 3, percent: 0 });
    const d = draft({
      answers: {
        10: { ...emptyAnswer, needLevel: 0 },
        11: { ...emptyAnswer, remarks: 'no level yet' },
        12: { ...emptyAnswer, customAnswer: '  ' },
      },
    });
    expect(progressOf(questions, d)).toEqual({ answered: 1, total: 3, percent: 33 });
    d.answers[12] = { ...emptyAnswer, customAnswer: 'Yes' };
    expect(progressOf(questions, d).answered).toBe(2);
    expect(progressOf([], d)).toEqual({ answered: 0, total: 0, percent: 0 });
  });

  it('sends only questions with something in them, blank text as null, and custom fields only for custom questions', () => {
    const d = draft({
      answers: {
        10: { ...emptyAnswer, needLevel: 3, preferredDelivery: 'expert-mission', remarks: '  urgent ', customAnswer: 'ignored' },
        11: { ...emptyAnswer, nationalPlanLink: '   ' },
        12: { ...emptyAnswer, customAnswer: 'Our answer', needLevel: 2 },
      },
    });
    expect(answersBody(questions, d)).toEqual([
      {
        questionId: 10,
        implementationStatus: null,
        needLevel: 3,
        preferredDelivery: 'expert-mission',
        preferredQuarter: null,
        nationalPlanLink: null,
        remarks: 'urgent',
        customAnswer: null,
      },
      {
        questionId: 12,
        implementationStatus: null,
        needLevel: null,
        preferredDelivery: null,
        preferredQuarter: null,
        nationalPlanLink: null,
        remarks: null,
        customAnswer: 'Our answer',
      },
    ]);
  });

  it('drops gaps and repeats from the priorities', () => {
    expect(prioritiesBody(draft({ priorities: [2, null, 2] }))).toEqual([2]);
    expect(prioritiesBody(draft({ priorities: [3, 1, 2] }))).toEqual([3, 1, 2]);
  });

  it('reads back what the API holds, so a reload keeps everything', () => {
    const d = draftFrom([{ questionId: 10, needLevel: 2, preferredQuarter: 3, remarks: null }], [1, 2]);
    expect(d.answers[10]).toEqual({ ...emptyAnswer, needLevel: 2, preferredQuarter: 3 });
    expect(d.priorities).toEqual([1, 2, null]);
    expect(answersBody(questions, d)[0]).toMatchObject({ questionId: 10, needLevel: 2, preferredQuarter: 3 });
  });
});
