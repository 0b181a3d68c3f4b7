import { Badge } from '@/components/ui/badge';
import type { Member } from '@/lib/api/types';

export const memberFlagLabels = {
  isCbRecipient: 'CB recipient',
  isDonor: 'Donor',
  isSmallIslandEconomy: 'Small island economy',
  isRtcHost: 'RTC host',
} as const;

type Flag = keyof typeof memberFlagLabels;
const flags = Object.keys(memberFlagLabels) as Flag[];

export function MemberFlags({ member }: { member: Pick<Member, Flag> }) {
  const set = flags.filter((flag) => member[flag]);
  if (set.length === 0) {
    return (
      <span className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">none</span>
      </span>
    );
  }
  return (
    <ul className="badge-list">
      {set.map((flag) => (
        <li key={flag}>
          <Badge>{memberFlagLabels[flag]}</Badge>
        </li>
      ))}
    </ul>
  );
}
