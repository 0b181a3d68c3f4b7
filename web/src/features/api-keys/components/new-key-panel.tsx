import { useEffect, useRef, useState } from 'react';
import type { CreatedApiKey } from '@/lib/api/types';

interface NewKeyPanelProps {
  created: CreatedApiKey;
  /** Forgets the key: it cannot be shown again. */
  onDone: () => void;
}

/** Shows a new key's secret, this once, with a Copy button and a warning. Takes focus when it appears. */
export function NewKeyPanel({ created, onDone }: NewKeyPanelProps) {
  const ref = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyStatus, setCopyStatus] = useState('');

  useEffect(() => {
    ref.current?.focus();
  }, []);

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(created.key);
      setCopyStatus('Copied the key to the clipboard.');
    } catch {
      // Without clipboard access, select the key so that the keyboard shortcut copies it.
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopyStatus('The browser did not allow copying: the key is selected, press Ctrl+C (or ⌘C) to copy it.');
    }
  };

  return (
    <section ref={ref} tabIndex={-1} className="key-panel" aria-labelledby="new-key-heading">
      <h2 id="new-key-heading">Copy the new key “{created.apiKey.name}” now</h2>
      <div className="alert alert-warning">
        <p className="alert-title">This key will not be shown again.</p>
        <p>
          Copy it now and keep it somewhere safe, such as the calling system&apos;s secret store. Rocb keeps only its prefix
          ({created.apiKey.prefix}); if the key is lost, revoke it and create another.
        </p>
      </div>
      <div className="field">
        <label htmlFor="new-key-value">API key</label>
        <div className="copy-row">
          <input
            ref={inputRef}
            id="new-key-value"
            className="key-value"
            readOnly
            value={created.key}
            spellCheck={false}
            autoComplete="off"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button" onClick={() => void copy()}>
            Copy
          </button>
        </div>
      </div>
      <p role="status" className="copy-status">
        {copyStatus}
      </p>
      <p className="muted small">Send it in the X-Api-Key header of each request.</p>
      <button type="button" className="button button-secondary" onClick={onDone}>
        I have stored the key
      </button>
    </section>
  );
}
