import { fieldErrorsOf } from '@/lib/api/problem';

export interface FieldErrors {
  /** Messages that belong to no one input (shown in the summary only). */
  general: string[];
  /** Messages by the id of the input they are about: "q12-needLevel", "priorityTopicIds". */
  byField: Record<string, string[]>;
}

/**
 * Puts the API's validation messages on the form's inputs. The API names an answer by its index in the body sent
 * ("answers[3].needLevel") or by its question ("answers[q12].needLevel" / "questions[12].needLevel"); the priorities
 * as "priorityTopicIds" (or one of them, "priorityTopicIds[1]"). A question left wholly unanswered comes as "answers" with
 * "Question 2 (…) is not answered.": that goes on the question's level of need, the one input every topic question needs.
 */
export function errorsByField(
  error: unknown,
  sentAnswers: readonly { questionId: number }[],
  questions: readonly { id: number; position: number }[] = [],
): FieldErrors {
  const result: FieldErrors = { general: [], byField: {} };
  const add = (id: string, message: string) => (result.byField[id] = [...(result.byField[id] ?? []), message]);
  for (const [key, messages] of Object.entries(fieldErrorsOf(error))) {
    const id = inputIdOf(key, sentAnswers);
    for (const message of messages) {
      const unanswered = key === 'answers' ? /^Question (\d+) /.exec(message) : null;
      const question = unanswered ? questions.find((q) => q.position === Number(unanswered[1])) : undefined;
      if (id) add(id, message);
      else if (question) add(`q${question.id}-needLevel`, message);
      else result.general.push(message);
    }
  }
  return result;
}

function inputIdOf(key: string, sentAnswers: readonly { questionId: number }[]): string | undefined {
  if (/^priorityTopicIds(\[\d+\])?$/.test(key)) return 'priorityTopicIds';
  const byIndex = /^answers\[(\d+)\]\.(\w+)$/.exec(key);
  if (byIndex) {
    const row = sentAnswers[Number(byIndex[1])];
    return row ? `q${row.questionId}-${byIndex[2]}` : undefined;
  }
  const byQuestion = /^(?:answers\[q|questions\[|questions\.)(\d+)\]?\.(\w+)$/.exec(key);
  if (byQuestion) return `q${byQuestion[1]}-${byQuestion[2]}`;
  return undefined;
}
