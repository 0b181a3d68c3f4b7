import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { topics, workshop } from '@/testing/activity-fixtures';
import { members, staffUser, viewerUser } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { plans, sap2024Detail } from '@/testing/plan-fixtures';
import { renderApp } from '@/testing/render-app';

const reference = {
  'GET /api/auth/me': () => json(staffUser),
  'GET /api/members': () => json({ items: members, page: 1, pageSize: 200, totalCount: members.length }),
  'GET /api/plans': () => json(plans.slice(0, 1)),
  'GET /api/plans/2': () => json(sap2024Detail),
  'GET /api/topics': () => json(topics),
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
    await user.click(screen.getByRole('checkbox', { name: 'Valuation' }));
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
      topicIds: [20],
      staff: [{ name: '', role: '' }],
    });
    const alert = await screen.findByRole('alert', { name: /The activity was not saved: fix these 2 problems/ });
    expect(within(alert).getByRole('link', { name: /^Plan actions: Action 3-a/ })).toHaveAttribute('href', '#activity-actionIds');
    expect(screen.getByRole('group', { name: /^Plan actions/ })).toHaveAccessibleDescription(/does not cover the activity’s dates/);
    expect(screen.getByRole('textbox', { name: /^Staff member 1, name/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers every topic, grouped by package, to find and tick with the keyboard', async () => {
    let sent: Record<string, unknown> | undefined;
    mockApi({
      ...reference,
      'POST /api/activities': async (request) => {
        sent = (await request.json()) as Record<string, unknown>;
        return problem(400, { title: 'One or more fields are invalid.', errors: { title: ['Give the activity a title.'] } });
      },
    });
    const { user } = renderApp('/activities/new');
    const picker = await screen.findByRole('group', { name: /^Topics \(0 chosen\)/ });
    expect(picker).toHaveAccessibleDescription('The WCO instruments and themes the activity covers, by package.');
    expect(screen.queryByText(/cannot be chosen here/)).not.toBeInTheDocument();
    const groups = within(picker).getAllByRole('group');
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'Economic Competitiveness',
      'Revenue',
      'Compliance and Enforcement',
      'Other',
    ]);
    expect(within(within(picker).getByRole('group', { name: 'Compliance and Enforcement' })).getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual([
      'Post-Clearance Audit',
      'Risk Management',
    ]);

    // Found by typing, then ticked from the keyboard alone.
    await user.click(within(picker).getByRole('searchbox', { name: 'Find a topic' }));
    await user.keyboard('risk');
    expect(within(picker).getAllByRole('checkbox')).toHaveLength(1);
    await user.tab();
    expect(within(picker).getByRole('checkbox', { name: 'Risk Management' })).toHaveFocus();
    await user.keyboard(' ');
    expect(within(picker).getByRole('checkbox', { name: 'Risk Management' })).toBeChecked();
    expect(picker).toHaveAccessibleName(/^Topics \(1 chosen\)/);
    // Another search keeps the chosen topic in view.
    await user.clear(within(picker).getByRole('searchbox', { name: 'Find a topic' }));
    await user.type(within(picker).getByRole('searchbox', { name: 'Find a topic' }), 'kyoto');
    expect(within(picker).getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual(['Revised Kyoto Convention', 'Risk Management']);
    await user.click(within(picker).getByRole('checkbox', { name: 'Revised Kyoto Convention' }));

    await user.selectOptions(screen.getByRole('combobox', { name: /^Type/ }), 'seminar');
    await user.click(screen.getByRole('button', { name: 'Record activity' }));
    await screen.findByRole('alert', { name: /The activity was not saved/ });
    expect(sent).toMatchObject({ topicIds: [14, 1] });
  });

  it('says so when the topics cannot be loaded', async () => {
    mockApi({ ...reference, 'GET /api/topics': () => problem(500, { title: 'Something went wrong.' }) });
    renderApp('/activities/new');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Something went wrong/);
    expect(screen.queryByRole('button', { name: 'Record activity' })).not.toBeInTheDocument();
  });

  it('is not offered to a Viewer', async () => {
    mockApi({ ...reference, 'GET /api/auth/me': () => json(viewerUser) });
    renderApp('/activities/new');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access" })).toBeInTheDocument();
  });
});

describe('Edit an activity', () => {
  it('adds a topic to the ones the activity has, keeps one the list lacks, and sends them all', async () => {
    let sent: Record<string, unknown> | undefined;
    const retired = { id: 99, code: 'retired', name: 'A retired topic' };
    mockApi({
      ...reference,
      'GET /api/activities/80': () => json({ ...workshop, topics: [...workshop.topics, retired] }, { headers: { ETag: '"14998"' } }),
      'PUT /api/activities/80': async (request) => {
        sent = (await request.json()) as Record<string, unknown>;
        return json({ ...workshop, version: 2 }, { headers: { ETag: '"15000"' } });
      },
      'GET /api/activities/80/participation': () => json({ totals: workshop.participation, counts: [] }),
    });
    const { user } = renderApp('/activities/80/edit');
    const picker = await screen.findByRole('group', { name: /^Topics \(2 chosen\)/ });
    expect(within(within(picker).getByRole('group', { name: 'Not in the topic list' })).getByRole('checkbox', { name: 'A retired topic' })).toBeChecked();
    await user.click(within(picker).getByRole('checkbox', { name: 'Risk Management' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(sent).toMatchObject({ topicIds: [38, 99, 14] }));
  });


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
    expect(screen.getByRole('checkbox', { name: 'Risk Management' })).not.toBeChecked();
    expect(screen.getByRole('group', { name: /^Topics \(1 chosen\)/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Staff member 1, name/ })).toHaveValue('Tong Hua');
    await user.clear(title);
    await user.paste('Renamed workshop');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Someone else changed this activity; reload to see their version')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(ifMatch).toBe('"14998"');
  });
});
