import type { CreateExpertInput, Expert, ExpertOrigin, Gender } from '../api/types';

/** What the expert form holds: strings as typed, topics as topic id → level (1-3). */
export interface ExpertFormValues {
  name: string;
  origin: ExpertOrigin;
  memberId: string;
  outsideAdministration: string;
  gender: Gender;
  languages: string;
  email: string;
  phone: string;
  consentToContact: boolean;
  notes: string;
  topics: Record<number, number>;
}

export const emptyExpertForm: ExpertFormValues = {
  name: '',
  origin: 'member',
  memberId: '',
  outsideAdministration: '',
  gender: 'not-recorded',
  languages: '',
  email: '',
  phone: '',
  consentToContact: false,
  notes: '',
  topics: {},
};

/** "en, FR ja" → ["en", "fr", "ja"]: split on commas and spaces, lower-cased, without repeats. */
export function parseLanguages(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\s,;]+/)) {
    const code = part.trim().toLowerCase();
    if (code) seen.add(code);
  }
  return [...seen];
}

/** The form's values for an expert read from the API (for editing). */
export function expertToForm(expert: Expert): ExpertFormValues {
  return {
    name: expert.name,
    origin: expert.origin,
    memberId: expert.member ? String(expert.member.id) : '',
    outsideAdministration: expert.outsideAdministration ?? '',
    gender: expert.gender ?? 'not-recorded',
    languages: expert.languages.join(', '),
    email: expert.email ?? '',
    phone: expert.phone ?? '',
    consentToContact: expert.consentToContact,
    notes: expert.notes ?? '',
    topics: Object.fromEntries(expert.topics.map((t) => [t.topicId, t.level])),
  };
}

const blankToNull = (text: string) => (text.trim() ? text.trim() : null);

/**
 * The body of createExpert / updateExpert. The home administration is sent only for its origin
 * (a Member's id, or an outside administration's name); the API says what is missing.
 */
export function formToExpertInput(values: ExpertFormValues): CreateExpertInput {
  const memberId = Number(values.memberId);
  return {
    name: values.name.trim(),
    origin: values.origin,
    memberId: values.origin === 'member' && memberId > 0 ? memberId : null,
    outsideAdministration: values.origin === 'outside-region' ? blankToNull(values.outsideAdministration) : null,
    gender: values.gender,
    languages: parseLanguages(values.languages),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    consentToContact: values.consentToContact,
    notes: blankToNull(values.notes),
    topics: Object.entries(values.topics)
      .filter(([, level]) => level >= 1 && level <= 3)
      .map(([topicId, level]) => ({ topicId: Number(topicId), level }))
      .sort((a, b) => a.topicId - b.topicId),
  };
}

/**
 * The API's field errors keyed for the form: `topics[2].level` and the like go to `topics`,
 * `languages[0]` to `languages`, so each message shows next to a field the form has.
 */
export function groupFieldErrors(errors: Record<string, string[]>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(errors)) {
    const field = key.replace(/\[\d+\].*$/, '').replace(/\..*$/, '');
    const merged = [...(result[field] ?? []), ...messages];
    result[field] = [...new Set(merged)];
  }
  return result;
}
