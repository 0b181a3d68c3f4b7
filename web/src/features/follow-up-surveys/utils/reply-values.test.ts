import { describe, expect, it } from 'vitest';
import { reply } from '../testing/survey-fixtures';
import { actionsTaken, emptyReplyValues, replyToValues, toAnswersInput, toSubmitInput } from './reply-values';

describe('Reply form values', () => {
  it('starts with every answer not known and the given Member and workshop', () => {
    const values = emptyReplyValues(4, 2);
    expect(values.memberId).toBe('4');
    expect(values.workshopId).toBe('2');
    expect(values.sharedMaterials).toBe('unknown');
    expect(toSubmitInput(values)).toEqual({
      workshopId: 2,
      memberId: 4,
      sharedMaterials: null,
      submittedReports: null,
      madeRecommendations: null,
      heldInHouseWorkshop: null,
      developedManuals: null,
      otherActions: null,
      otherActionsText: null,
      directEffects: null,
      directEffectsExample: null,
      efficiencyImproved: null,
      newProject: null,
      successStory: null,
      receivedOn: null,
    });
  });

  it('sends a text that belongs to a yes only with that yes', () => {
    const values = { ...emptyReplyValues(4, 1), otherActions: 'no' as const, otherActionsText: 'left over', directEffects: 'yes' as const, directEffectsExample: 'Faster release' };
    const input = toAnswersInput(values);
    expect(input.otherActions).toBe(false);
    expect(input.otherActionsText).toBeNull();
    expect(input.directEffects).toBe(true);
    expect(input.directEffectsExample).toBe('Faster release');
    expect(toAnswersInput({ ...values, otherActions: 'yes', otherActionsText: '  ' }).otherActionsText).toBeNull();
  });

  it('reads a recorded reply back into the form', () => {
    const values = replyToValues(reply({ receivedOn: '2019-02-10', successStory: 'A story' }));
    expect(values).toMatchObject({ workshopId: '1', memberId: '4', sharedMaterials: 'yes', madeRecommendations: 'no', heldInHouseWorkshop: 'unknown', receivedOn: '2019-02-10', successStory: 'A story' });
    expect(toAnswersInput(values)).toMatchObject({ sharedMaterials: true, madeRecommendations: false, heldInHouseWorkshop: null, newProject: false });
  });

  it('lists the actions a reply says were taken', () => {
    const labels = { sharedMaterials: 'Shared', submittedReports: 'Reports', otherActions: 'Other' };
    expect(actionsTaken(reply({ otherActions: true, otherActionsText: 'SOP' }), labels)).toEqual(['Shared', 'Reports', 'Other: SOP']);
  });
});
