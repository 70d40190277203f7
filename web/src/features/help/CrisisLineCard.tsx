/** One crisis line: who answers, how to reach them (tap to call or text), and where the number comes from. */
import type { CrisisLine } from '../../../../src/core/crisis-lines.js';
import { plainDay } from '../../lib/when.js';

function smsHref(sms: NonNullable<CrisisLine['sms']>): string {
  return sms.body === null ? `sms:${sms.number}` : `sms:${sms.number}?body=${encodeURIComponent(sms.body)}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function CrisisLineCard({ line }: { line: CrisisLine }) {
  return (
    <li className={`line${line.emergency ? ' line-emergency' : ''}`}>
      <h3>{line.service}</h3>
      <p>{line.contact}</p>
      {line.hours !== null && <p className="small muted">Open {line.hours}</p>}
      <div className="line-actions">
        {line.tel !== null && (
          <a className="button call" href={`tel:${line.tel}`} aria-label={`Call ${line.service} on ${line.tel}`}>
            Call {line.tel}
          </a>
        )}
        {line.sms !== null && (
          <a className="button secondary" href={smsHref(line.sms)} aria-label={`Text ${line.service} on ${line.sms.number}`}>
            {line.sms.body !== null ? `Text ${line.sms.body} to ${line.sms.number}` : `Text ${line.sms.number}`}
          </a>
        )}
      </div>
      <p className="source">
        Source:{' '}
        <a href={line.sourceUrl} target="_blank" rel="noreferrer noopener">
          {hostOf(line.sourceUrl)}
        </a>{' '}
        · last checked {plainDay(line.lastVerified)}
      </p>
    </li>
  );
}
