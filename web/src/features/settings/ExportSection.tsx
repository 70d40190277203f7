/** Download everything as one JSON file the person owns (format: docs/EXPORT-FORMAT.md). */
import { useState } from 'react';
import { api } from '../../lib/api.js';
import { friendlyError } from '../../lib/friendly.js';
import { today } from '../../lib/when.js';

export function ExportSection() {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const data = await api.get<unknown>('/api/export');
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `headway-export-${today()}.json`;
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      setProblem(friendlyError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p>
        Everything you have logged, in one file that is yours. Keep it somewhere safe: it holds your private notes.
      </p>
      <button type="button" className="secondary" onClick={() => void download()} aria-busy={busy}>
        Download my data
      </button>
      {problem !== null && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
