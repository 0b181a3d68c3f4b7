import { NavLink } from 'react-router';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasNeedsPermission } from '../utils/labels';

/** The pages of one cycle, for Staff and Viewers (a focal point only ever sees its own response). */
export function CycleTabs({ cycleId }: { cycleId: number }) {
  const { data: user } = useCurrentUser();
  const manage = hasNeedsPermission(user, 'needs:manage');
  const analyse = hasNeedsPermission(user, 'needs:analyse');
  const tabs = [
    { to: `/needs/${cycleId}`, label: 'Survey', end: true },
    ...(manage ? [{ to: `/needs/${cycleId}/tracker`, label: 'Responses', end: false }] : []),
    ...(analyse
      ? [
          { to: `/needs/${cycleId}/analysis`, label: 'Analysis', end: false },
          { to: `/needs/${cycleId}/work-plan`, label: 'Draft work plan', end: false },
        ]
      : []),
  ];
  return (
    <nav aria-label="This survey">
      <ul className="needs-tabs">
        {tabs.map((t) => (
          <li key={t.to}>
            <NavLink to={t.to} end={t.end}>
              {t.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
