import { describe, expect, it } from 'vitest';
import { editorQuestionsOf, move, questionsBody } from './questionnaire';

describe('the questionnaire editor', () => {
  it('moves a question up or down, and not past the ends', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the questionnaire order and sends a topic text only when it differs from the topic name', () => {
    const questions = editorQuestionsOf([
      { id: 2, position: 2, kind: 'custom', topic: null, text: ' Donor support? ' },
      { id: 1, position: 1, kind: 'topic', topic: { id: 14, code: 'rm', name: 'Risk Management' }, text: 'Risk Management' },
    ]);
    expect(questions.map((q) => q.key)).toEqual(['q1', 'q2']);
    expect(questionsBody(questions)).toEqual([
      { topicId: 14, text: null },
      { topicId: null, text: 'Donor support?' },
    ]);
    questions[0]!.text = 'Risk management (incl. targeting)';
    expect(questionsBody(questions)[0]).toEqual({ topicId: 14, text: 'Risk management (incl. targeting)' });
  });
});
