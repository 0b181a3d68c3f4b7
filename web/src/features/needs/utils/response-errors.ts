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
 * as "priorityTopicIds" (or one of them, "priorityTopicIds[1]").
 */
export function errorsByField(error: unknown, sentAnswers: readonly { questionId: number }[]): FieldErrors {
  const result: FieldErrors = { general: [], byField: {} };
  for (const [key, messages] of Object.entries(fieldErrorsOf(error))) {
    const id = inputIdOf(key, sentAnswers);
    if (id) result.byField[id] = [...(result.byField[id] ?? []), ...messages];
    else result.general.push(...messages);
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
