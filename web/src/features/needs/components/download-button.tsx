import { useState } from 'react';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { safeFileName } from '@/lib/csv';

interface DownloadButtonProps {
  label: string;
  fileName: string;
  /** Fetches the file with the session's token (a plain link would carry none). */
  fetchFile: () => Promise<Blob>;
}

/** A file the API builds (a template or an export), offered as a download. */
export function DownloadButton({ label, fileName, fetchFile }: DownloadButtonProps) {
  const [state, setState] = useState<{ pending: boolean; error?: unknown }>({ pending: false });
  return (
    <span className="needs-download">
      <button
        type="button"
        className="button button-secondary"
        disabled={state.pending}
        aria-busy={state.pending || undefined}
        onClick={() => {
          setState({ pending: true });
          fetchFile()
            .then((blob) => {
              const url = URL.createObjectURL(blob);
              const link = document.createElement('a');
              link.href = url;
              link.download = safeFileName(fileName);
              link.style.display = 'none';
              document.body.append(link);
              link.click();
              link.remove();
              setTimeout(() => URL.revokeObjectURL(url), 1000);
              setState({ pending: false });
            })
            .catch((error: unknown) => setState({ pending: false, error }));
        }}
      >
        {state.pending ? 'Preparing…' : label}
      </button>
      {state.error ? <ProblemAlert error={state.error} fallbackTitle={`${label}: the file could not be made`} /> : null}
    </span>
  );
}
