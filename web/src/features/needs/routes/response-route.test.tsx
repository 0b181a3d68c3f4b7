import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import type { NeedsResponse } from '../api/types';
import { answer, cycle, emptyResponse, needsFocalPoint, needsStaff } from '../testing/needs-fixtures';
import { autosaveSettings } from '../utils/use-autosave';

const path = '/api/needs-cycles/7/responses/4';

beforeEach(() => {
  autosaveSettings.delayMs = 30;
});
afterEach(() => {
  autosaveSettings.delayMs = 1200;
});

/** The API's answer to a save: the body echoed back as the saved response, one revision on. */
async function echo(request: Request, base: NeedsResponse): Promise<NeedsResponse> {
  const body = (await request.clone().json()) as { answers: NeedsResponse['answers']; priorityTopicIds: number[] };
  return { ...base, status: base.status === 'submitted' ? 'submitted' : 'draft', answers: body.answers, priorityTopicIds: body.priorityTopicIds, revision: base.revision + 1 };
}

describe('the focal-point form', () => {
  it('saves a draft a moment after a change, shows progress, and sends what was typed', async () => {
    let saved = emptyResponse;
    const spy = mockApi({
      'GET /api/auth/me': () => json(needsFocalPoint),
      'GET /api/needs-cycles/7': () => json(cycle),
      [`GET ${path}`]: () => json(saved),
      [`PUT ${path}`]: async (request) => {
        saved = await echo(request, saved);
        return json(saved);
      },
    });
    const { user } = renderApp('/needs/7/responses/4');
    expect(await screen.findByRole('heading', { level: 1, name: 'Needs survey 2027: Thailand' })).toBeInTheDocument();
    expect(screen.queryByText(/on behalf of/)).not.toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress: 0 of 3 questions answered' })).toBeInTheDocument();

    const risk = screen.getByRole('region', { name: 'Risk Management' });
    await user.click(within(risk).getByRole('radio', { name: '3 – High' }));
    await user.selectOptions(within(risk).getByRole('combobox', { name: 'Preferred quarter' }), 'Q2 (Oct–Dec 2027)');
    await user.selectOptions(within(risk).getByRole('combobox', { name: 'Preferred delivery' }), 'Expert mission');
    expect(screen.getByRole('progressbar', { name: 'Progress: 1 of 3 questions answered' })).toBeInTheDocument();
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeInTheDocument();

    const puts = requestsOf(spy).filter((r) => r.method === 'PUT');
    const last = (await puts.at(-1)!.clone().json()) as { answers: unknown[] };
    expect(last.answers).toEqual([
      {
        questionId: 101,
        implementationStatus: null,
        needLevel: 3,
        preferredDelivery: 'expert-mission',
        preferredQuarter: 2,
        nationalPlanLink: null,
        remarks: null,
        customAnswer: null,
      },
    ]);
    // Each save after the first names the revision it started from.
    if (puts.length > 1) expect(puts.at(-1)!.headers.get('If-Match')).toBe(`"${saved.revision - 1}"`);
  });

  it('shows the saved answers again after a reload', async () => {
    mockApi({
      'GET /api/auth/me': () => json(needsFocalPoint),
      'GET /api/needs-cycles/7': () => json(cycle),
      [`GET ${path}`]: () =>
        json({
          ...emptyResponse,
          status: 'draft',
          revision: 4,
          priorityTopicIds: [20],
          answers: [
            answer({ questionId: 102, needLevel: 1, remarks: 'Customs valuation database' }),
            answer({ questionId: 103, customAnswer: 'JICA' }),
          ],
        }),
    });
    renderApp('/needs/7/responses/4');
    const valuation = await screen.findByRole('region', { name: 'Valuation' });
    expect(within(valuation).getByRole('radio', { name: '1 – Low' })).toBeChecked();
    expect(within(valuation).getByRole('textbox', { name: 'Remarks' })).toHaveValue('Customs valuation database');
    expect(screen.getByRole('textbox', { name: 'Which donors support you already?' })).toHaveValue('JICA');
    expect(screen.getByRole('combobox', { name: 'First priority' })).toHaveValue('20');
    expect(screen.getByRole('progressbar', { name: 'Progress: 2 of 3 questions answered' })).toBeInTheDocument();
  });

  it('puts the validation errors of a submit on their fields, then submits once fixed', async () => {
    let saved: NeedsResponse = { ...emptyResponse, status: 'draft', revision: 1, answers: [answer({ questionId: 101, needLevel: 2 })] };
    let submits = 0;
    mockApi({
      'GET /api/auth/me': () => json(needsFocalPoint),
      'GET /api/needs-cycles/7': () => json(cycle),
      [`GET ${path}`]: () => json(saved),
      [`PUT ${path}`]: async (request) => {
        saved = await echo(request, saved);
        return json(saved);
      },
      [`POST ${path}/submit`]: () => {
        submits++;
        if (!saved.answers.some((a) => a.questionId === 102 && a.needLevel != null)) {
          // As the API says it: the answers are indexed in questionnaire order (only 101 is saved, at index 0).
          return problem(400, {
            title: 'One or more validation errors occurred.',
            errors: { 'answers[0].implementationStatus': ['Say how far question 1 (Risk Management) is implemented.'], answers: ['Question 2 (Valuation) is not answered.'] },
          });
        }
        saved = { ...saved, status: 'submitted', submittedAt: '2027-01-12T05:00:00Z', revision: saved.revision + 1 };
        return json(saved);
      },
    });
    const { user } = renderApp('/needs/7/responses/4');
    await user.click(await screen.findByRole('button', { name: 'Submit the response' }));
    const summary = await screen.findByRole('alert', { name: /not submitted: fix these 2 problems/ });
    const link = within(summary).getByRole('link', { name: 'Valuation: Level of need: Question 2 (Valuation) is not answered.' });
    const valuation = screen.getByRole('region', { name: 'Valuation' });
    expect(within(valuation).getByRole('group', { name: 'Level of need' })).toHaveAccessibleDescription('Question 2 (Valuation) is not answered.');
    const risk = screen.getByRole('region', { name: 'Risk Management' });
    expect(within(risk).getByRole('combobox', { name: 'Implementation status' })).toHaveAccessibleDescription(
      'Say how far question 1 (Risk Management) is implemented.',
    );
    await user.click(link);
    expect(within(valuation).getByRole('radio', { name: '0 – None' })).toHaveFocus();

    await user.click(within(valuation).getByRole('radio', { name: '2 – Medium' }));
    await user.click(screen.getByRole('button', { name: 'Submit the response' }));
    expect(await screen.findByText(/^Submitted on/)).toBeInTheDocument();
    expect(screen.getByText(/You can still amend it until the survey closes/)).toBeInTheDocument();
    expect(submits).toBe(2);
    // The answer chosen just before Submit was saved before the submit was asked for.
    expect(saved.answers.find((a) => a.questionId === 102)?.needLevel).toBe(2);
  });

  it('explains why answers are not accepted outside the window, with the inputs disabled', async () => {
    const closed = { acceptingAnswers: false, message: 'The survey closed on 31 Jan 2027.' };
    mockApi({
      'GET /api/auth/me': () => json(needsFocalPoint),
      'GET /api/needs-cycles/7': () => json({ ...cycle, status: 'closed', window: closed }),
      [`GET ${path}`]: () => json({ ...emptyResponse, window: closed }),
    });
    renderApp('/needs/7/responses/4');
    expect(await screen.findByText('The survey closed on 31 Jan 2027.')).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Which donors support you already?' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Submit the response' })).toBeDisabled();
  });

  it('tells Staff they answer on behalf of the Member, and offers a reload when someone else saved first', async () => {
    mockApi({
      'GET /api/auth/me': () => json(needsStaff),
      'GET /api/needs-cycles/7': () => json(cycle),
      [`GET ${path}`]: () => json({ ...emptyResponse, status: 'draft', revision: 2, answers: [answer({ questionId: 101, needLevel: 1 })] }),
      [`PUT ${path}`]: () => problem(412, { title: 'Precondition failed', detail: 'The response changed since revision 2.' }),
    });
    const { user } = renderApp('/needs/7/responses/4');
    expect(await screen.findByText('You are answering on behalf of Thailand')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Which donors support you already?' }), 'ADB');
    expect(await screen.findByText(/changed somewhere else/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/^Not saved: The response changed since revision 2\./)).toBeInTheDocument());
    // No further change is sent until the response is reloaded.
    expect(screen.getByRole('textbox', { name: 'Which donors support you already?' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reload the response' })).toBeInTheDocument();
  });

  it('reloads the saved version after a conflict and saves again from its revision', async () => {
    let conflict = true;
    const fresh: NeedsResponse = { ...emptyResponse, status: 'draft', revision: 5, answers: [answer({ questionId: 103, customAnswer: 'ADB (saved elsewhere)' })] };
    const spy = mockApi({
      'GET /api/auth/me': () => json(needsFocalPoint),
      'GET /api/needs-cycles/7': () => json(cycle),
      [`GET ${path}`]: () => json(conflict ? { ...emptyResponse, status: 'draft', revision: 2 } : fresh),
      [`PUT ${path}`]: async (request) => {
        if (conflict) return problem(412, { title: 'Precondition failed', detail: 'The response changed since revision 2.' });
        return json(await echo(request, fresh));
      },
    });
    const { user } = renderApp('/needs/7/responses/4');
    await user.type(await screen.findByRole('textbox', { name: 'Which donors support you already?' }), 'JICA');
    const reload = await screen.findByRole('button', { name: 'Reload the response' });
    conflict = false;
    await user.click(reload);
    const box = await screen.findByDisplayValue('ADB (saved elsewhere)');
    expect(box).toBeEnabled();
    await user.type(box, ', JICA');
    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument();
    const last = requestsOf(spy).filter((r) => r.method === 'PUT').at(-1)!;
    expect(last.headers.get('If-Match')).toBe('"5"');
  });

  it('keeps a submitted response submitted while it is amended', async () => {
    let saved: NeedsResponse = {
      ...emptyResponse,
      status: 'submitted',
      submittedAt: '2027-01-12T05:00:00Z',
      revision: 3,
      answers: [answer({ questionId: 101, needLevel: 1, implementationStatus: 'planning', preferredDelivery: 'e-learning' })],
    };
    mockApi({
      'GET /api/auth/me': () => json(needsFocalPoint),
      'GET /api/needs-cycles/7': () => json(cycle),
      [`GET ${path}`]: () => json(saved),
      [`PUT ${path}`]: async (request) => {
        saved = await echo(request, saved);
        return json(saved);
      },
    });
    const { user } = renderApp('/needs/7/responses/4');
    expect(await screen.findByText(/^Submitted on/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit the response' })).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('region', { name: 'Risk Management' })).getByRole('radio', { name: '2 – Medium' }));
    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument();
    expect(saved.status).toBe('submitted');
    expect(saved.answers[0]).toMatchObject({ needLevel: 2 });
    expect(screen.getByText(/You can still amend it until the survey closes on/)).toBeInTheDocument();
  });

  it('says a response is not found for another Member (the API answers 404)', async () => {
    mockApi({
      'GET /api/auth/me': () => json(needsFocalPoint),
      'GET /api/needs-cycles/7': () => json(cycle),
      'GET /api/needs-cycles/7/responses/3': () => problem(404, { title: 'Not found' }),
    });
    renderApp('/needs/7/responses/3');
    expect(await screen.findByRole('heading', { level: 1, name: 'Response not found' })).toBeInTheDocument();
  });
});
