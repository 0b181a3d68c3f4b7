import { Link } from 'react-router';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function DashboardRoute() {
  useDocumentTitle('Dashboard');
  return (
    <>
      <h1>Dashboard</h1>
      <p className="lead">
        The dashboard will show how the ROCB Asia/Pacific is doing against its Strategic Action Plan. It shows no
        figures yet, because the records they are computed from are not in Rocb yet.
      </p>
      <h2>Coming</h2>
      <ul className="plain-list">
        <li>Progress on each plan&apos;s specific actions and KPIs, computed from recorded activities, Member milestones and surveys.</li>
        <li>Activities of the current fiscal year (1 July – 30 June): planned, delivered, postponed or cancelled.</li>
        <li>Open needs from the annual needs survey and ad-hoc requests, by sub-region.</li>
        <li>Accredited experts requested and deployed.</li>
      </ul>
      <h2>Available now</h2>
      <p>
        Reference data: the <Link to="/admin/members">Members</Link> and the{' '}
        <Link to="/admin/sub-regions">sub-regions</Link> with their programme managers.
      </p>
    </>
  );
}
