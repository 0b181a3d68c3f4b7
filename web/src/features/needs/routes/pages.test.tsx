import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { members, subRegions } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import { topics } from '@/testing/activity-fixtures';
import type { WorkPlanDraft } from '../api/types';
import { analysis, cycle, cyclePage, needsFocalPoint, needsStaff, tracker, workPlan } from '../testing/needs-fixtures';

const memberPage = { items: members, page: 1, pageSize: 200, total: members.length };

describe('the needs survey list', () => {
  it('shows a focal point its own response status with a Fill in button, and marks the example cycle', async () => {
    mockApi({ 'GET /api/auth/me': () => json(needsFocalPoint), 'GET /api/needs-cycles': () => json(cyclePage) });
    renderApp('/needs');
    const table = await screen.findByRole('table', { name: /Needs survey cycles/ });
    const current = within(table).getByRole('row', { name: /Needs survey 2027/ });
    expect(within(current).getByText('In draft')).toBeInTheDocument();
    expect(within(current).getByRole('link', { name: 'Fill in Needs survey 2027' })).toHaveAttribute('href', '/needs/7/responses/4');
    const example = within(table).getByRole('row', { name: /example/ });
    expect(within(example).getByText('Example data')).toBeInTheDocument();
    expect(within(example).getByRole('link', { name: /^Open/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New survey cycle' })).not.toBeInTheDocument();
  });

  it('shows Staff the response counts and the way to start a cycle', async () => {
    mockApi({ 'GET /api/auth/me': () => json(needsStaff), 'GET /api/needs-cycles': () => json(cyclePage) });
    renderApp('/needs');
    const row = await screen.findByRole('row', { name: /Needs survey 2027/ });
    expect(row).toHaveTextContent('0 submitted, 1 in draft, of 2 Members asked');
    expect(within(row).getByRole('link', { name: 'Needs survey 2027' })).toHaveAttribute('href', '/needs/7');
    expect(screen.getByRole('link', { name: 'New survey cycle' })).toHaveAttribute('href', '/needs/new');
  });

  it('tells a role without needs:read it has no access, without calling the API', async () => {
    const spy = mockApi({ 'GET /api/auth/me': () => json({ ...needsStaff, role: 'Expert', permissions: ['signed-in', 'experts:profile'] }) });
    renderApp('/needs');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access" })).toBeInTheDocument();
    expect(requestsOf(spy).some((r) => r.url.includes('/api/needs-cycles'))).toBe(false);
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Needs' })).not.toBeInTheDocument();
  });

  it('shows the API problem when the list fails', async () => {
    mockApi({ 'GET /api/auth/me': () => json(needsStaff), 'GET /api/needs-cycles': () => problem(500, { title: 'Server trouble' }) });
    renderApp('/needs');
    expect(await screen.findByRole('alert')).toHaveTextContent('Server trouble');
  });
});

describe('the new cycle form', () => {
  it('copies the last cycle by default and shows the API errors on their fields', async () => {
    const spy = mockApi({
      'GET /api/auth/me': () => json(needsStaff),
      'GET /api/needs-cycles': () => json(cyclePage),
      'POST /api/needs-cycles': () => problem(400, { title: 'Invalid', errors: { closesOn: ['Closes on must not be before the opening date.'] } }),
    });
    const { user } = renderApp('/needs/new');
    expect(await screen.findByRole('radio', { name: /Copy an earlier cycle/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Copy from' })).toHaveValue('7');
    await user.click(screen.getByRole('button', { name: 'Create the survey (as a draft)' }));
    await screen.findByRole('alert');
    expect(screen.getByLabelText('Closes on (required)')).toHaveAccessibleDescription('Closes on must not be before the opening date.');
    const body = (await requestsOf(spy).find((r) => r.method === 'POST')!.clone().json()) as Record<string, unknown>;
    expect(body).toMatchObject({ copyFromCycleId: 7, name: 'Needs survey ' + body.fiscalYear });
    for (const copied of ['topicIds', 'coordinators', 'memberIds', 'customQuestions']) expect(body).not.toHaveProperty(copied);
  });
});

describe('the response tracker', () => {
  it('records a reminder for the selected Members', async () => {
    const spy = mockApi({
      'GET /api/auth/me': () => json(needsStaff),
      'GET /api/needs-cycles/7': () => json(cycle),
      'GET /api/needs-cycles/7/tracker': () => json(tracker),
      'POST /api/needs-cycles/7/reminders': () =>
        json({ channel: 'recorded', emailSent: false, message: 'Reminder recorded for 1 Member (no e-mail is configured).', reminders: [] }),
    });
    const { user } = renderApp('/needs/7/tracker');
    const fiji = await screen.findByRole('row', { name: /Fiji/ });
    expect(fiji).toHaveTextContent('Not started');
    expect(screen.getByRole('row', { name: /Thailand/ })).toHaveTextContent('In draft');
    await user.click(within(fiji).getByRole('checkbox', { name: 'Select Fiji' }));
    await user.click(screen.getByRole('button', { name: 'Record a reminder for 1 Member' }));
    expect(await screen.findByText('Reminder recorded for 1 Member (no e-mail is configured).')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Reminders per Member' })).not.toBeInTheDocument();
    const body = await requestsOf(spy).find((r) => r.method === 'POST')!.clone().json();
    expect(body).toEqual({ memberIds: [3] });
  });

  it('says per Member whether the reminder was e-mailed or only recorded, and why', async () => {
    const reminder = { recordedAt: '2027-01-10T04:00:00Z', note: null };
    mockApi({
      'GET /api/auth/me': () => json(needsStaff),
      'GET /api/needs-cycles/7': () => json(cycle),
      'GET /api/needs-cycles/7/tracker': () => json(tracker),
      'POST /api/needs-cycles/7/reminders': () =>
        json({
          channel: 'email',
          emailSent: true,
          message: 'E-mailed the focal points of 1 of 2 Members; the others were recorded only (see each Member\'s reason).',
          reminders: [
            { ...reminder, id: 1, member: { id: 3, code: 'FJ', name: 'Fiji' }, channel: 'email', sentTo: ['a@fj.test', 'b@fj.test'], reason: null },
            { ...reminder, id: 2, member: { id: 4, code: 'TH', name: 'Thailand' }, channel: 'recorded', sentTo: [], reason: 'No enabled focal point.' },
          ],
        }),
    });
    const { user } = renderApp('/needs/7/tracker');
    await user.click(within(await screen.findByRole('row', { name: /Fiji/ })).getByRole('checkbox', { name: 'Select Fiji' }));
    await user.click(screen.getByRole('button', { name: 'Record a reminder for 1 Member' }));
    const outcome = await screen.findByRole('list', { name: 'Reminders per Member' });
    expect(within(outcome).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Fiji: e-mailed to 2 focal points',
      'Thailand: recorded (No enabled focal point.)',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 Members');
  });

  it('checks an upload first, lists the problems per row and offers no import while there are any', async () => {
    const spy = mockApi({
      'GET /api/auth/me': () => json(needsStaff),
      'GET /api/needs-cycles/7': () => json(cycle),
      'GET /api/needs-cycles/7/tracker': () => json(tracker),
      'POST /api/needs-cycles/7/responses/upload': () =>
        json({
          dryRun: true,
          committed: false,
          rows: 2,
          members: 1,
          responsesCreated: 0,
          responsesUpdated: 0,
          uploadedStatus: 'submitted',
          problems: [{ row: 3, column: 'topic', message: 'Unknown topic code "risk-mgmt".' }],
        }),
    });
    const { user } = renderApp('/needs/7/tracker');
    const file = new File(['member,topic,needLevel\nTH,risk-management,3\nTH,risk-mgmt,2\n'], 'answers.csv', { type: 'text/csv' });
    await user.upload(await screen.findByLabelText('Spreadsheet to upload (CSV or XLSX)'), file);
    await user.click(screen.getByRole('button', { name: 'Check the file (dry run)' }));
    const problems = await screen.findByRole('table', { name: 'Problems found in the file' });
    expect(within(problems).getByRole('row', { name: /3 topic Unknown topic code/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import the responses' })).toBeDisabled();
    const upload = requestsOf(spy).find((r) => r.method === 'POST')!;
    expect(new URL(upload.url).searchParams.get('dryRun')).toBe('true');
    expect(upload.headers.get('Content-Type')).toBe('text/csv');
  });
});

describe('the analysis page', () => {
  it('shows the heat map, the gap chart, the high-impact list and the proposals with their evidence', async () => {
    mockApi({
      'GET /api/auth/me': () => json(needsStaff),
      'GET /api/needs-cycles/7': () => json(cycle),
      'GET /api/needs-cycles/7/analysis': () => json(analysis),
      'GET /api/sub-regions': () => json(subRegions),
    });
    const { user, router } = renderApp('/needs/7/analysis');
    const heat = await screen.findByRole('img', { name: 'Weighted demand by topic and sub-region' });
    expect(within(heat).getByText('3 (1)')).toBeInTheDocument();
    const gap = screen.getByRole('img', { name: 'Demand versus supply per topic' });
    expect(gap).toHaveAccessibleDescription(/Short of experts: Risk Management\./);
    const high = screen.getByRole('table', { name: 'High-impact needs' });
    expect(within(high).getByRole('row', { name: /Thailand/ })).toHaveTextContent('SAP-2024-2026 2.b.1');
    expect(screen.getByRole('table', { name: /against Needs survey 2026/ })).toHaveTextContent('−1');
    await user.click(screen.getByText('The answers behind it (2)'));
    expect(screen.getByText(/Fiji|FJ/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sub-region' }), 'Pacific Islands');
    expect(router.state.location.search).toBe('?subRegionId=2');
  });

  it('starts a long high-impact list with its first ten rows', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...analysis.highImpact[0]!, milestoneId: 100 + i, milestoneReference: `2.b.${i + 1}` }));
    mockApi({
      'GET /api/auth/me': () => json(needsStaff),
      'GET /api/needs-cycles/7': () => json(cycle),
      'GET /api/needs-cycles/7/analysis': () => json({ ...analysis, highImpact: many }),
      'GET /api/sub-regions': () => json(subRegions),
    });
    const { user } = renderApp('/needs/7/analysis');
    const table = await screen.findByRole('table', { name: 'High-impact needs' });
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    expect(screen.getByText('Showing 10 of 12.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all 12 high-impact needs' }));
    expect(within(table).getAllByRole('row')).toHaveLength(13);
  });

  it('lets an administrator change the rule settings, with the ETag read and the API messages on their fields', async () => {
    const settings = { subRegionalWorkshopThreshold: 3, highNeedLevel: 2, supplyShortageRatio: 3, expertsPerWorkshop: 2, expertsPerNationalActivity: 1, version: '8' };
    const spy = mockApi({
      'GET /api/auth/me': () => json({ ...needsStaff, role: 'Administrator', permissions: [...needsStaff.permissions, 'needs:configure'] }),
      'GET /api/needs-cycles/7': () => json(cycle),
      'GET /api/needs-cycles/7/analysis': () => json(analysis),
      'GET /api/sub-regions': () => json(subRegions),
      'GET /api/needs-analysis/settings': () => json(settings),
      'PUT /api/needs-analysis/settings': () => problem(400, { title: 'Invalid', errors: { highNeedLevel: ['The high need level is 1 to 3.'] } }),
    });
    const { user } = renderApp('/needs/7/analysis');
    await user.click(await screen.findByText('Settings of the proposal rules'));
    const level = await screen.findByRole('textbox', { name: 'High need level' });
    await user.clear(level);
    await user.type(level, '5');
    await user.click(screen.getByRole('button', { name: 'Save the settings' }));
    expect(await screen.findByRole('textbox', { name: 'High need level' })).toHaveAccessibleDescription(/The high need level is 1 to 3\./);
    const put = requestsOf(spy).find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"8"');
    expect(await put.clone().json()).toMatchObject({ highNeedLevel: 5, subRegionalWorkshopThreshold: 3 });
  });

  it('is refused to a focal point without calling the API', async () => {
    const spy = mockApi({ 'GET /api/auth/me': () => json(needsFocalPoint), 'GET /api/sub-regions': () => json(subRegions) });
    renderApp('/needs/7/analysis');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access" })).toBeInTheDocument();
    expect(requestsOf(spy).some((r) => r.url.includes('/analysis'))).toBe(false);
  });
});

describe('the draft work plan', () => {
  const references = {
    'GET /api/auth/me': () => json(needsStaff),
    'GET /api/needs-cycles/7': () => json(cycle),
    'GET /api/topics': () => json(topics),
    'GET /api/members': () => json(memberPage),
    'GET /api/plans': () => json([]),
  };

  it('offers to generate a draft when there is none', async () => {
    let draft: WorkPlanDraft | null = null;
    mockApi({
      ...references,
      'GET /api/needs-cycles/7/work-plan': () => (draft ? json(draft) : problem(404, { title: 'No draft' })),
      'POST /api/needs-cycles/7/work-plan': () => {
        draft = workPlan;
        return json(workPlan);
      },
    });
    const { user } = renderApp('/needs/7/work-plan');
    await user.click(await screen.findByRole('button', { name: 'Generate the draft work plan' }));
    expect(await screen.findByRole('row', { name: /National workshop on Risk Management for Thailand/ })).toHaveTextContent('Q2 (Oct–Dec 2027)');
  });

  it('edits a line in place with its version, and removes one only on a second press', async () => {
    const spy = mockApi({
      ...references,
      'GET /api/needs-cycles/7/work-plan': () => json(workPlan),
      'PUT /api/needs-cycles/7/work-plan/items/30': () => json(workPlan.items[0]),
      'DELETE /api/needs-cycles/7/work-plan/items/30': () => new Response(null, { status: 204 }),
    });
    const { user } = renderApp('/needs/7/work-plan');
    const row = await screen.findByRole('row', { name: /National workshop on Risk Management/ });
    await user.click(within(row).getByRole('button', { name: /^Edit/ }));
    const quarter = await screen.findByRole('combobox', { name: 'Quarter' });
    await user.selectOptions(quarter, 'Q4 (Apr–Jun 2028)');
    await user.clear(screen.getByRole('textbox', { name: 'Experts needed' }));
    await user.type(screen.getByRole('textbox', { name: 'Experts needed' }), '2');
    await user.click(screen.getByRole('button', { name: 'Save the line' }));
    await screen.findByRole('button', { name: /^Edit/ });
    const put = requestsOf(spy).find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"901"');
    expect(await put.clone().json()).toMatchObject({ quarter: 4, expertsNeeded: 2, memberIds: [4], topicId: 14, activityType: 'national-workshop' });

    await user.click(within(row).getByRole('button', { name: /^Remove/ }));
    expect(requestsOf(spy).some((r) => r.method === 'DELETE')).toBe(false);
    await user.click(within(row).getByRole('button', { name: /^Confirm removal/ }));
    await waitFor(() => expect(requestsOf(spy).some((r) => r.method === 'DELETE')).toBe(true));
  });

  it('shows why a line is there (reason and answers), and adopts only after confirmation, linking the lines to their activities', async () => {
    let draft = workPlan;
    const spy = mockApi({
      ...references,
      'GET /api/needs-cycles/7/work-plan': () => json(draft),
      'POST /api/needs-cycles/7/work-plan/adopt': () => {
        draft = { ...workPlan, status: 'adopted', adoptedAt: '2027-02-10T03:00:00Z', items: workPlan.items.map((i) => ({ ...i, activityId: 501 })) };
        return json(draft);
      },
    });
    const { user } = renderApp('/needs/7/work-plan');
    const row = await screen.findByRole('row', { name: /National workshop on Risk Management/ });
    expect(row).toHaveTextContent('Thailand');
    await user.click(within(row).getByRole('button', { name: /Why \(1 answer\)/ }));
    expect(document.getElementById('evidence-30')).toHaveTextContent('Why: Thailand needs it (level 3)');
    expect(within(document.getElementById('evidence-30')!).getByRole('listitem')).toHaveTextContent('Thailand: Risk Management, need 3 – High, prefers sub-regional workshop');

    await user.click(screen.getByRole('button', { name: 'Adopt the work plan' }));
    expect(requestsOf(spy).some((r) => r.url.endsWith('/adopt'))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Yes, adopt it' }));
    expect(await screen.findByRole('link', { name: 'National workshop on Risk Management for Thailand' })).toHaveAttribute('href', '/activities/501');
    expect(screen.queryByRole('button', { name: 'Adopt the work plan' })).not.toBeInTheDocument();
  });
});
