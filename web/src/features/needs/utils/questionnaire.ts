import type { NeedsQuestion, NeedsQuestionInput } from '../api/types';

/** A question in the editor: a topic (its text defaults to the topic's name) or a custom question. */
export interface EditorQuestion {
  key: string;
  topicId: number | null;
  topicName?: string;
  text: string;
}

export function editorQuestionsOf(questions: readonly NeedsQuestion[]): EditorQuestion[] {
  return [...questions]
    .sort((a, b) => a.position - b.position)
    .map((q) => ({ key: `q${q.id}`, topicId: q.topic?.id ?? null, topicName: q.topic?.name, text: q.text }));
}

/** The list with one item moved up (-1) or down (+1); unchanged at the ends. */
export function move<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The body of replaceNeedsQuestions, in the editor's order. A topic question's text is sent only when changed. */
export function questionsBody(questions: readonly EditorQuestion[]): NeedsQuestionInput[] {
  return questions.map((q) =>
    q.topicId !== null ? { topicId: q.topicId, text: q.text.trim() && q.text.trim() !== q.topicName ? q.text.trim() : null } : { topicId: null, text: q.text.trim() },
  );
}
