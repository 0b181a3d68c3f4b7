import type { Progress } from '../utils/response-form';

/** How much of the questionnaire is answered: a native progress bar with the figure in words. */
export function FormProgress({ progress, id = 'needs-progress' }: { progress: Progress; id?: string }) {
  return (
    <div className="needs-progress">
      <label htmlFor={id}>
        Progress: {progress.answered} of {progress.total} {progress.total === 1 ? 'question' : 'questions'} answered
      </label>
      <progress id={id} max={Math.max(1, progress.total)} value={progress.answered}>
        {progress.percent}%
      </progress>
    </div>
  );
}
