import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { NoAccess } from '@/components/ui/no-access';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { isApiError, isForbidden } from '@/lib/api/problem';
import { useCurrentUser } from '@/lib/auth/current-user';
import { useUpdateExpert } from '../api/mutations';
import { expertQueryOptions } from '../api/queries';
import type { Expert } from '../api/types';
import { ExpertForm } from '../components/expert-form';
import '../experts.css';
import { expertToForm } from '../utils/expert-form';
import { hasPermission } from '../utils/labels';

/** Staff edit any profile, an expert (Expert role) its own; the save carries If-Match with the version it was read at. */
export function EditExpertRoute() {
  const { id: idParam } = useParams();
  const id = idParam && /^\d+$/.test(idParam) && Number(idParam) > 0 ? Number(idParam) : undefined;
  const { data: user } = useCurrentUser();
  const expert = useQuery({ ...expertQueryOptions(id ?? 0), enabled: id !== undefined });
  useDocumentTitle(expert.data ? `Edit ${expert.data.name}` : 'Edit expert');
  // Bumped by Reload after a 412, so the form starts again from the latest version. Not keyed by the version itself:
  // the refetch after a save would remount the form before its onSuccess (the navigation) runs.
  const [reloads, setReloads] = useState(0);

  const mayEdit = hasPermission(user, 'experts:write') || (hasPermission(user, 'experts:profile') && user?.expertId === id);
  if (user && !mayEdit) return <NoAccess what="this expert's profile form" />;
  if (id === undefined || (isApiError(expert.error) && expert.error.status === 404)) {
    return (
      <>
        <h1>Expert not found</h1>
        <p>
          <Link to="/experts">Back to the experts</Link>
        </p>
      </>
    );
  }
  if (isForbidden(expert.error)) return <NoAccess error={expert.error} what="this expert" />;
  if (expert.isPending) return <Loading label="Loading the expert…" />;
  if (!expert.data) return <ProblemAlert error={expert.error} fallbackTitle="The expert could not be loaded" />;
  return (
    <EditExpertForm
      key={reloads}
      expert={expert.data}
      own={user?.expertId === id}
      onReload={() => void expert.refetch().then(() => setReloads((n) => n + 1))}
    />
  );
}

function EditExpertForm({ expert, own, onReload }: { expert: Expert; own: boolean; onReload: () => void }) {
  const navigate = useNavigate();
  const update = useUpdateExpert(expert.id);
  // The version this edit started from, kept even when a refetch brings a newer one: a change made meanwhile is refused (412).
  const [baseVersion] = useState(expert.version);
  const back = own ? '/my-expert-page' : `/experts/${expert.id}`;
  return (
    <>
      <p className="breadcrumb">
        {own ? <Link to="/my-expert-page">My expert page</Link> : <Link to="/experts">Experts</Link>}
      </p>
      <h1>{own ? 'Edit my profile' : `Edit ${expert.name}`}</h1>
      <ExpertForm
        initial={expertToForm(expert)}
        knownTopics={expert.topics.map((t) => ({ id: t.topicId, code: t.code, name: t.name }))}
        submitLabel="Save changes"
        pending={update.isPending}
        error={update.error}
        onReload={() => {
          update.reset();
          onReload();
        }}
        onSubmit={(input) =>
          update.mutate({ version: baseVersion, input }, { onSuccess: (saved) => void navigate(back, { state: { flash: `${saved.name}: profile saved.` } }) })
        }
        actions={
          <Link to={back} className="button button-secondary">
            Cancel
          </Link>
        }
      />
    </>
  );
}
