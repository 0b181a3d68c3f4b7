import { useEffect, useRef, type ReactNode } from 'react';

/** Wraps an alert that should take focus when it appears or changes, so keyboard and screen-reader users land on it. */
export function FocusOnChange({ trigger, children }: { trigger: unknown; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (trigger) ref.current?.focus();
  }, [trigger]);
  if (!trigger) return null;
  return (
    <div ref={ref} tabIndex={-1} className="focus-wrapper">
      {children}
    </div>
  );
}
