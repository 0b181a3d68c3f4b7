import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { workshop } from '@/testing/activity-fixtures';
import { members, staffUser, viewerUser } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { plans, sap2024Detail } from '@/testing/plan-fixtures';
import { renderApp } from '@/testing/render-app';

const reference = {
  'GET /api/auth/me': () => json(staffUser),
  'GET /api/members': () => json({ items: members, page: 1, pageSize: 200, totalCount: members.length }),
  'GET /api/plans': () => json(plans.slice(0, 1)),
  'GET /api/plans/2': () => json(sap2024Detail),
};

describe('Record an activity', () => {
  it('sends a month known only as the month, and shows the API’s field errors next to the fields', async () => {
    let sent: Record<string, unknown> | undefined;
    mockApi({
      ...reference,
      'POST /api/activities': async (request) => {
        sent = (await request.json()) as Record<string, unknown>;
        return problem(400, {
          title: 'One or more fields are invalid.',
          detail: 'See errors for the message on each field.',
          errors: {
            actionIds: ['Action 3-a belongs to SAP-2024-2026, which runs 2024-07-01 to 2026-06-30: it does not cover the activity’s dates.'],
            'staff[0].name': ['Name the staff member.'],
          },
        });
      },
    });
    const { user } = renderApp('/activities/new');
    await user.click(await screen.findByRole('textbox', { name: /^Title/ }));
    await user.paste('Good Practice Report No.21');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Type/ }), 'publication');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Status/ }), 'postponed');
    expect(screen.getByRole('textbox', { name: /^Why postponed or cancelled/ })).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: /^Why postponed or cancelled/ }));
    await user.paste('Funding delayed');
    await user.click(screen.getByRole('radio', { name: 'Known to the month only' }));
    const month = screen.getByLabelText('Month');
    expect(month).toHaveAttribute('type', 'month');
    await user.type(month, '2019-12');
    await user.click(screen.getByRole('checkbox', { name: 'Thailand (TH)' }));
    await user.click(screen.getByText('SAP-2024-2026', { selector: 'strong' }));
    await user.click(screen.getByRole('checkbox', { name: /SAP-2024-2026 3-a Hold regional workshops/ }));
    await user.click(screen.getByRole('button', { name: 'Add a staff member' }));
    await user.click(screen.getByRole('button', { name: 'Record activity' }));

    expect(sent).toMatchObject({
      title: 'Good Practice Report No.21',
      type: 'publication',
      status: 'postponed',
      statusReason: 'Funding delayed',
      datePrecision: 'month',
      startsOn: '2019-12-01',
      endsOn: null,
      memberIds: [4],
      actionIds: [47],
      topicIds: [],
      staff: [{ name: '', role: '' }],
    });
    const alert = await screen.findByRole('alert', { name: /The activity was not saved: fix these 2 problems/ });
    expect(within(alert).getByRole('link', { name: /^Plan actions: Action 3-a/ })).toHaveAttribute('href', '#activity-actionIds');
    expect(screen.getByRole('group', { name: /^Plan actions/ })).toHaveAccessibleDescription(/does not cover the activity’s dates/);
    expect(screen.getByRole('textbox', { name: /^Staff member 1, name/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('is not offered to a Viewer', async () => {
    mockApi({ ...reference, 'GET /api/auth/me': () => json(viewerUser) });
    renderApp('/activities/new');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access" })).toBeInTheDocument();
  });
});

describe('Edit an activity', () => {
  it('starts from the activity, sends If-Match, and on 412 says someone else changed it', async () => {
    let ifMatch: string | null = null;
    mockApi({
      ...reference,
      'GET /api/activities/80': () => json(workshop, { headers: { ETag: '"14998"' } }),
      'PUT /api/activities/80': (request) => {
        ifMatch = request.headers.get('If-Match');
        return problem(412, { title: 'The record has changed.', detail: 'Activity 80 was changed by someone else since you read it.' });
      },
    });
    const { user } = renderApp('/activities/80/edit');
    const title = await screen.findByRole('textbox', { name: /^Title/ });
    expect(title).toHaveValue(workshop.title);
    expect(screen.getByLabelText('Starts on')).toHaveValue('2019-07-09');
    expect(screen.getByRole('checkbox', { name: 'Fiji (FJ)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Environment (wildlife, hazardous waste, ODS)' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /^Staff member 1, name/ })).toHaveValue('Tong Hua');
    await user.clear(title);
    await user.paste('Renamed workshop');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Someone else changed this activity; reload to see their version')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(ifMatch).toBe('"14998"');
  });
});
