import { describe, expect, it } from 'vitest';
import type { Expert } from '../api/types';
import { emptyExpertForm, expertToForm, formToExpertInput, groupFieldErrors, parseLanguages } from './expert-form';

describe('parseLanguages', () => {
  it('splits on commas and spaces, lower-cases and drops repeats', () => {
    expect(parseLanguages(' en, FR ja;en ')).toEqual(['en', 'fr', 'ja']);
    expect(parseLanguages('   ')).toEqual([]);
  });
});

describe('formToExpertInput', () => {
  it('sends the Member only for a Member administration, and blanks as null', () => {
    const body = formToExpertInput({ ...emptyExpertForm, name: '  Ana  ', memberId: '7', outsideAdministration: 'France', topics: { 5: 3, 2: 1 } });
    expect(body).toMatchObject({ name: 'Ana', origin: 'member', memberId: 7, outsideAdministration: null, email: null, phone: null, notes: null });
    expect(body.topics).toEqual([
      { topicId: 2, level: 1 },
      { topicId: 5, level: 3 },
    ]);
  });

  it('sends the outside administration by name, and no Member, for origin outside-region', () => {
    const body = formToExpertInput({ ...emptyExpertForm, origin: 'outside-region', memberId: '7', outsideAdministration: ' France ' });
    expect(body.memberId).toBeNull();
    expect(body.outsideAdministration).toBe('France');
  });

  it('sends neither for the WCO Secretariat, and leaves out topics without a level', () => {
    const body = formToExpertInput({ ...emptyExpertForm, origin: 'wco-secretariat', memberId: '7', topics: { 3: 0 } });
    expect(body.memberId).toBeNull();
    expect(body.outsideAdministration).toBeNull();
    expect(body.topics).toEqual([]);
  });

  it('round-trips an expert read from the API', () => {
    const expert = {
      id: 1, name: 'Ana', origin: 'member', member: { id: 4, code: 'TH', name: 'Thailand' }, outsideAdministration: null, gender: 'female',
      languages: ['en', 'th'], email: 'a@b.test', phone: null, consentToContact: true, notes: null, source: null,
      topics: [{ topicId: 9, code: 'T9', name: 'Nine', level: 2 }], accreditations: [], unavailability: [], version: '3',
    } as unknown as Expert;
    expect(formToExpertInput(expertToForm(expert))).toEqual({
      name: 'Ana', origin: 'member', memberId: 4, outsideAdministration: null, gender: 'female', languages: ['en', 'th'],
      email: 'a@b.test', phone: null, consentToContact: true, notes: null, topics: [{ topicId: 9, level: 2 }],
    });
  });
});

describe('groupFieldErrors', () => {
  it('puts item errors on their list field, without repeating a message', () => {
    expect(
      groupFieldErrors({ name: ['Give a name.'], 'topics[0].level': ['Levels are 1-3.'], 'topics[1].level': ['Levels are 1-3.'], 'languages[2]': ['ISO codes.'] }),
    ).toEqual({ name: ['Give a name.'], topics: ['Levels are 1-3.'], languages: ['ISO codes.'] });
  });
});
