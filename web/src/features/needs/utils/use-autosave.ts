import { useCallback, useEffect, useRef, useState } from 'react';
import type { SaveState } from '../components/save-status';

/** How long the form waits after the last keystroke before saving (tests shorten it). */
export const autosaveSettings = { delayMs: 1200 };

/**
 * Saves a value a moment after it stops changing, one save at a time: a change made while a save is on its way is
 * saved right after it, so the last thing typed is always the last thing saved. `flush` saves now (before submit).
 * A failed save stays failed (its error shown) until the next change or flush; nothing is retried behind the user's back.
 */
export function useAutosave<T>(save: (value: T) => Promise<void>) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const saveRef = useRef(save);
  // The latest save function (it closes over the latest revision), kept up to date after each render.
  useEffect(() => {
    saveRef.current = save;
  });

  const run = useCallback(async (): Promise<boolean> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    // Wait for the save on its way; then save whatever changed since (if anything).
    while (running.current) await running.current;
    const next = latest.current;
    if (!next) return true;
    latest.current = null;
    setState({ kind: 'saving' });
    const attempt = saveRef
      .current(next.value)
      .then(() => {
        if (!latest.current) setState({ kind: 'saved', at: new Date() });
        return true;
      })
      .catch((error: unknown) => {
        // Keep the unsaved value unless something newer came in, so a flush can try it again.
        if (!latest.current) latest.current = next;
        setState({ kind: 'error', error });
        return false;
      });
    running.current = attempt;
    const ok = await attempt;
    running.current = null;
    return ok;
  }, []);

  const schedule = useCallback(
    (value: T) => {
      latest.current = { value };
      setState({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), autosaveSettings.delayMs);
    },
    [run],
  );

  /** Saves what is waiting now; resolves true when everything typed is saved. */
  const flush = useCallback(async () => {
    const ok = await run();
    return ok && latest.current === null;
  }, [run]);

  /** Forgets what was waiting (after a reload from the server). */
  const discard = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    latest.current = null;
    setState({ kind: 'idle' });
  }, []);

  const unsaved = state.kind === 'pending' || state.kind === 'saving' || state.kind === 'error';

  // Leaving the page with unsaved answers asks first (the browser's own question).
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  // Leaving the form inside the app saves what was waiting rather than dropping it.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (latest.current) void saveRef.current(latest.current.value).catch(() => undefined);
    },
    [],
  );

  return { state, schedule, flush, discard, unsaved };
}
