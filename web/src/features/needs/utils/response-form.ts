// The focal-point form's state: what the person has typed, per question, kept as strings and numbers the inputs
// can show. It becomes the body of saveNeedsResponse with `answersBody`.

export interface QuestionRef {
  id: number;
  kind: string; // 'topic' | 'custom'
  topicId?: number | null;
}

export interface AnswerDraft {
  implementationStatus: string;
  needLevel: number | null;
  preferredDelivery: string;
  preferredQuarter: number | null;
  nationalPlanLink: string;
  remarks: string;
  customAnswer: string;
}

export interface ResponseDraft {
  answers: Record<number, AnswerDraft>;
  /** The overall top three, first to third; null where not chosen. */
  priorities: [number | null, number | null, number | null];
}

export const emptyAnswer: AnswerDraft = {
  implementationStatus: '',
  needLevel: null,
  preferredDelivery: '',
  preferredQuarter: null,
  nationalPlanLink: '',
  remarks: '',
  customAnswer: '',
};

export function answerOf(draft: ResponseDraft, questionId: number): AnswerDraft {
  return draft.answers[questionId] ?? emptyAnswer;
}

/**
 * Whether a question counts as answered for the progress bar: a topic question once its need level is chosen (the
 * one figure the analysis cannot do without), a custom question once it has text.
 */
export function isAnswered(question: QuestionRef, answer: AnswerDraft | undefined): boolean {
  if (!answer) return false;
  return question.kind === 'custom' ? answer.customAnswer.trim() !== '' : answer.needLevel !== null;
}

export interface Progress {
  answered: number;
  total: number;
  /** 0…100, whole. */
  percent: number;
}

export function progressOf(questions: readonly QuestionRef[], draft: ResponseDraft): Progress {
  const total = questions.length;
  const answered = questions.filter((q) => isAnswered(q, draft.answers[q.id])).length;
  return { answered, total, percent: total === 0 ? 0 : Math.round((answered / total) * 100) };
}

/** Blank text is sent as null, so "no answer" is one thing in the API. */
function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export interface AnswerBody {
  questionId: number;
  implementationStatus: string | null;
  needLevel: number | null;
  preferredDelivery: string | null;
  preferredQuarter: number | null;
  nationalPlanLink: string | null;
  remarks: string | null;
  customAnswer: string | null;
}

/** Every question with anything in it, in questionnaire order (a question left blank is not sent). */
export function answersBody(questions: readonly QuestionRef[], draft: ResponseDraft): AnswerBody[] {
  const rows: AnswerBody[] = [];
  for (const q of questions) {
    const a = draft.answers[q.id];
    if (!a) continue;
    const row: AnswerBody = {
      questionId: q.id,
      implementationStatus: q.kind === 'custom' ? null : textOrNull(a.implementationStatus),
      needLevel: q.kind === 'custom' ? null : a.needLevel,
      preferredDelivery: q.kind === 'custom' ? null : textOrNull(a.preferredDelivery),
      preferredQuarter: q.kind === 'custom' ? null : a.preferredQuarter,
      nationalPlanLink: q.kind === 'custom' ? null : textOrNull(a.nationalPlanLink),
      remarks: q.kind === 'custom' ? null : textOrNull(a.remarks),
      customAnswer: q.kind === 'custom' ? textOrNull(a.customAnswer) : null,
    };
    const empty = Object.entries(row).every(([key, value]) => key === 'questionId' || value === null);
    if (!empty) rows.push(row);
  }
  return rows;
}

/** The chosen priorities, without gaps or repeats, in order. */
export function prioritiesBody(draft: ResponseDraft): number[] {
  const seen = new Set<number>();
  for (const id of draft.priorities) if (id !== null && !seen.has(id)) seen.add(id);
  return [...seen];
}

/** A draft from the answers the API holds (reload keeps everything). */
export function draftFrom(
  answers: readonly Partial<AnswerBody & { questionId: number }>[],
  priorityTopicIds: readonly number[] | null | undefined,
): ResponseDraft {
  const result: ResponseDraft = { answers: {}, priorities: [null, null, null] };
  for (const a of answers) {
    if (a.questionId === undefined) continue;
    result.answers[a.questionId] = {
      implementationStatus: a.implementationStatus ?? '',
      needLevel: a.needLevel ?? null,
      preferredDelivery: a.preferredDelivery ?? '',
      preferredQuarter: a.preferredQuarter ?? null,
      nationalPlanLink: a.nationalPlanLink ?? '',
      remarks: a.remarks ?? '',
      customAnswer: a.customAnswer ?? '',
    };
  }
  (priorityTopicIds ?? []).slice(0, 3).forEach((id, i) => (result.priorities[i] = id));
  return result;
}
