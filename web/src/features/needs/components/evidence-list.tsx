import { Link } from 'react-router';
import { deliveryLabel, needLevelLabel, quarterLabel } from '../utils/labels';

/** One answer that justifies a work-plan line (the API's evidence, flattened to what the reader needs). */
export interface EvidenceEntry {
  memberId: number;
  memberLabel: string;
  topicLabel: string;
  needLevel: number | null;
  preferredDelivery?: string | null;
  preferredQuarter?: number | null;
  /** The response it came from, with its revision, so it can be looked up. */
  responseLink?: string;
  revision?: number | null;
}

interface EvidenceListProps {
  entries: readonly EvidenceEntry[];
  fiscalYear?: number;
  /** Shown when the line has no evidence (a line added by hand). */
  emptyText?: string;
}

export function EvidenceList({ entries, fiscalYear, emptyText = 'No survey answer behind this line: it was added by hand.' }: EvidenceListProps) {
  if (entries.length === 0) return <p className="muted small">{emptyText}</p>;
  return (
    <ul className="needs-evidence">
      {entries.map((e, i) => (
        <li key={`${e.memberId}-${e.topicLabel}-${i}`}>
          <strong>{e.memberLabel}</strong>: {e.topicLabel}, need {needLevelLabel(e.needLevel) || 'not given'}
          {e.preferredDelivery ? `, prefers ${deliveryLabel(e.preferredDelivery).toLowerCase()}` : ''}
          {e.preferredQuarter ? `, ${quarterLabel(e.preferredQuarter, fiscalYear)}` : ''}
          {e.responseLink ? (
            <>
              {' '}
              (<Link to={e.responseLink}>response{e.revision ? `, revision ${e.revision}` : ''}</Link>)
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
