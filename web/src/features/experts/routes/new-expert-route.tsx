import { Link, useNavigate } from 'react-router';
import { NoAccess } from '@/components/ui/no-access';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useCurrentUser } from '@/lib/auth/current-user';
import { useCreateExpert } from '../api/mutations';
import { ExpertForm } from '../components/expert-form';
import '../experts.css';
import { emptyExpertForm } from '../utils/expert-form';
import { hasPermission } from '../utils/labels';

export function NewExpertRoute() {
  const { data: user } = useCurrentUser();
  if (user && !hasPermission(user, 'experts:write')) return <NoAccess what="the form to add an expert" />;
  return <NewExpertForm />;
}

function NewExpertForm() {
  useDocumentTitle('New expert');
  const navigate = useNavigate();
  const create = useCreateExpert();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/experts">Experts</Link>
      </p>
      <h1>New expert</h1>
      <p className="lead">An expert's profile on the roster; accreditations and unavailability are added on the profile once it is saved.</p>
      <ExpertForm
        initial={emptyExpertForm}
        submitLabel="Add expert"
        pending={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, { onSuccess: (saved) => void navigate(`/experts/${saved.id}`, { state: { flash: `${saved.name} added to the roster.` } }) })
        }
        actions={
          <Link to="/experts" className="button button-secondary">
            Cancel
          </Link>
        }
      />
    </>
  );
}
