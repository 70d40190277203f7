/** One crisis line: who answers, how to reach them (tap to call or text), and where the number comes from. */
import type { CrisisLine } from '../../../../src/core/crisis-lines.js';
import { smsHref } from '../../../../src/core/safety/phone-links.js';
import { plainDay } from '../../lib/when.js';

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
  // Each link's name starts with its visible words ("Call 911"), so "click Call 911" works
  // by voice; the service follows, for a screen reader's list of links.
  const call = line.tel === null ? null : `Call ${spoken(line.contact, line.tel)}`;
  const text =
    line.sms === null
      ? null
      : line.sms.body !== null
        ? `Text ${line.sms.body} to ${spoken(line.contact, line.sms.number)}`
        : `Text ${spoken(line.contact, line.sms.number)}`;
  return (
    <li className={`line${line.emergency ? ' line-emergency' : ''}`}>
      <h3>{line.service}</h3>
      <p>{line.contact}</p>
      {line.hours !== null && <p className="small muted">Open {line.hours}</p>}
      <div className="line-actions">
        {line.tel !== null && call !== null && (
          <a className="button call" href={`tel:${line.tel}`} aria-label={`${call}, ${line.service}`}>
            {call}
          </a>
        )}
        {line.sms !== null && text !== null && (
          <a className="button secondary" href={smsHref(line.sms.number, line.sms.body)} aria-label={`${text}, ${line.service}`}>
            {text}
          </a>
        )}
        {line.tel === null && line.sms === null && (
          // A directory, not a number: its page is the way in, opened only if the person chooses.
          <a className="button secondary" href={line.sourceUrl} target="_blank" rel="noreferrer noopener">
            Open {hostOf(line.sourceUrl)}
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
