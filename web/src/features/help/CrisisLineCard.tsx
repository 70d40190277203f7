/** One crisis line: who answers, how to reach them (tap to call or text), and where the number comes from. */
import type { CrisisLine } from '../../../../src/core/crisis-lines.js';
import { plainDay } from '../../lib/when.js';

function smsHref(sms: NonNullable<CrisisLine['sms']>): string {
  return sms.body === null ? `sms:${sms.number}` : `sms:${sms.number}?body=${encodeURIComponent(sms.body)}`;
}

/** The number as the line writes it ("116 123"), found in its contact text; the bare digits otherwise. */
function spoken(contact: string, digits: string): string {
  const found = contact.match(/\d[\d ]*\d|\d/g)?.find((m) => m.replace(/ /g, '') === digits);
  return found ?? digits;
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
          <a className="button call" href={`tel:${line.tel}`} aria-label={`Call ${line.service} on ${spoken(line.contact, line.tel)}`}>
            Call {spoken(line.contact, line.tel)}
          </a>
        )}
        {line.sms !== null && (
          <a className="button secondary" href={smsHref(line.sms)} aria-label={`Text ${line.service} on ${line.sms.number}`}>
            {line.sms.body !== null
              ? `Text ${line.sms.body} to ${spoken(line.contact, line.sms.number)}`
              : `Text ${spoken(line.contact, line.sms.number)}`}
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
