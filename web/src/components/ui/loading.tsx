interface LoadingProps {
  label: string;
}

/** A polite, busy status region for content that is on its way. */
export function Loading({ label }: LoadingProps) {
  return (
    <p className="loading" role="status" aria-busy="true" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
