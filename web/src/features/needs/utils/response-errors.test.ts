import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { errorsByField } from './response-errors';

describe('errorsByField', () => {
  it('puts messages on the inputs of their question, and the rest in the summary', () => {
    const error = new ApiError(400, {
      title: 'Invalid',
      errors: {
        'Answers[1].NeedLevel': ['Choose a level of need.'],
        'questions[12].preferredQuarter': ['A quarter is 1 to 4.'],
        'priorityTopicIds[2]': ['Not a topic of the questionnaire.'],
        cycle: ['The survey is closed.'],
      },
    });
    expect(errorsByField(error, [{ questionId: 10 }, { questionId: 11 }])).toEqual({
      general: ['The survey is closed.'],
      byField: {
        'q11-needLevel': ['Choose a level of need.'],
        'q12-preferredQuarter': ['A quarter is 1 to 4.'],
        priorityTopicIds: ['Not a topic of the questionnaire.'],
      },
    });
  });

  it('puts "question N is not answered" on that question\'s level of need', () => {
    const error = new ApiError(400, { title: 'Invalid', errors: { answers: ['Question 2 (Valuation) is not answered.', 'Something else.'] } });
    expect(errorsByField(error, [], [{ id: 101, position: 1 }, { id: 102, position: 2 }])).toEqual({
      general: ['Something else.'],
      byField: { 'q102-needLevel': ['Question 2 (Valuation) is not answered.'] },
    });
  });

  it('has nothing for a success or a failure without field messages', () => {
    expect(errorsByField(null, [])).toEqual({ general: [], byField: {} });
    expect(errorsByField(new ApiError(409, { title: 'Closed' }), [])).toEqual({ general: [], byField: {} });
  });
});
