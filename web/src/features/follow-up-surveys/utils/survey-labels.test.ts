import { describe, expect, it } from 'vitest';
import { surveyFocalPoint, surveyStaff, surveyViewer } from '../testing/survey-fixtures';
import {
  contactKindLabel,
  countOfText,
  heldText,
  percentText,
  scopeLabel,
  suggestedContactKind,
  surveyAbilities,
  surveyStateLabel,
  surveyTaskLabel,
  surveyWorkshopStates,
} from './survey-labels';

describe('Survey labels', () => {
  it('names every workshop state, and shows an unknown one as sent', () => {
    expect(surveyWorkshopStates.map(surveyStateLabel)).toEqual([
      'Scheduled',
      'To send',
      'Awaiting replies',
      'Reminder due',
      'Feedback overdue',
      'Closed',
    ]);
    expect(surveyStateLabel('archived')).toBe('archived');
  });

  it('names tasks, scopes and contacts', () => {
    expect(surveyTaskLabel('send-feedback')).toBe('Send the feedback');
    expect(scopeLabel('sub-regional')).toBe('Sub-regional');
    expect(contactKindLabel('reminder')).toBe('Reminder sent');
  });

  it('offers the contact the state calls for next', () => {
    expect(suggestedContactKind('scheduled')).toBe('sent');
    expect(suggestedContactKind('to-send')).toBe('sent');
    expect(suggestedContactKind('awaiting-replies')).toBe('reminder');
    expect(suggestedContactKind('reminder-due')).toBe('reminder');
    expect(suggestedContactKind('overdue-feedback')).toBe('feedback');
  });

  it('writes percentages and counts', () => {
    expect(percentText(53.6)).toBe('53.6%');
    expect(percentText(null)).toBe('—');
    expect(countOfText(111, 207, 53.6)).toBe('111 of 207 (53.6%)');
    expect(countOfText(8, 9, undefined)).toBe('8 of 9');
  });

  it('says when a workshop was held as precisely as it is known', () => {
    const day = (d: string) => `<${d}>`;
    expect(heldText({ startsOn: '2018-07-01', endsOn: '2018-07-31', datePrecision: 'month' }, day)).toMatch(/2018/);
    expect(heldText({ startsOn: '2018-08-01', endsOn: null, datePrecision: 'quarter' }, day)).toBe('Q3 2018');
    expect(heldText({ startsOn: '2018-07-02', endsOn: '2018-07-04', datePrecision: 'day' }, day)).toBe('<2018-07-02> – <2018-07-04>');
    expect(heldText({ startsOn: null, endsOn: null, datePrecision: 'day' }, day)).toBe('Dates not known');
  });

  it('tells what a role may do: Staff manage and reply for anyone, a focal point replies for its own Member, a viewer reads', () => {
    expect(surveyAbilities(surveyStaff)).toEqual({ manage: true, reply: true });
    expect(surveyAbilities(surveyFocalPoint)).toEqual({ manage: false, reply: true, ownMemberId: 4, ownMemberName: 'Thailand' });
    expect(surveyAbilities(surveyViewer)).toEqual({ manage: false, reply: false });
    expect(surveyAbilities(undefined)).toEqual({ manage: false, reply: false });
  });
});
