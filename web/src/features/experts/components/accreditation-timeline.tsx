import { formatDay } from '@/lib/format';
import type { Accreditation } from '../api/types';
import { accreditationCategoryLabels, label } from '../utils/labels';
import { AccreditationBadge } from './badges';

/** When a status was recorded, as a day and time in the reader's zone. */
const recordedAt = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The accreditation history: every status each accreditation has had, oldest first, with when it took effect, who recorded it,
 * the evidence given and why a step of the lifecycle was skipped.
 */
export function AccreditationTimeline({ accreditations }: { accreditations: Accreditation[] }) {
  return (
    <section className="section" aria-labelledby="accreditation-history-title">
      <h2 id="accreditation-history-title">Accreditation history</h2>
      {accreditations.length === 0 ? (
        <p className="muted">No accreditation recorded.</p>
      ) : (
        accreditations.map((a) => {
          const name = `${label(accreditationCategoryLabels, a.category)}${a.area ? ` (${a.area})` : ''}`;
          return (
            <div key={a.id} className="timeline-block">
              <h3 id={`accreditation-${a.id}-history`}>{name}</h3>
              {a.history.length === 0 ? (
                <p className="muted small">No status change recorded.</p>
              ) : (
                <ol className="timeline" aria-labelledby={`accreditation-${a.id}-history`}>
                  {a.history.map((h) => (
                    <li key={h.id} className="timeline-item">
                      <p>
                        <AccreditationBadge status={h.status} />{' '}
                        {h.effectiveOn ? <>from {formatDay(h.effectiveOn)}</> : <span className="muted">date not known</span>}
                      </p>
                      <p className="muted small">
                        Recorded by {h.recordedBy} on {recordedAt(h.recordedAt)}
                      </p>
                      {h.evidence ? <p className="small">Evidence: {h.evidence}</p> : null}
                      {h.overrideReason ? <p className="small">Step skipped: {h.overrideReason}</p> : null}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          );
        })
      )}
    </section>
  );
}
