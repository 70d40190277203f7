/**
 * The safety plan to read, not to edit: each step with its lines as plain text, every
 * phone number in them a link to call (or to text, where the line says so). On paper the
 * empty steps print as lines to write on.
 */
import type { SafetyPlanView } from '../../../../src/contracts/safety.js';
import { MATTERS_MOST_GUIDE } from '../../../../src/core/safety/plan-guide.js';
import { smsHref, splitPhoneNumbers, type PhoneLink } from '../../../../src/core/safety/phone-links.js';

/** A number keeps the words the person wrote; "Text" beside it when the line also says to text. */
function Phone({ phone }: { phone: PhoneLink }) {
  const sms = phone.sms === null ? null : smsHref(phone.tel, phone.sms.body);
  if (!phone.call && sms !== null) {
    return (
      <a className="plan-phone" href={sms}>
        {phone.text}
      </a>
    );
  }
  return (
    <>
      <a className="plan-phone" href={`tel:${phone.tel}`}>
        {phone.text}
      </a>
      {sms !== null && (
        <>
          {' '}
          <a className="plan-text-link" href={sms} aria-label={`Text ${phone.text}`}>
            Text
          </a>
        </>
      )}
    </>
  );
}

export function PhoneText({ text }: { text: string }) {
  return (
    <>
      {splitPhoneNumbers(text).map((part, i) =>
        part.kind === 'text' ? <span key={i}>{part.text}</span> : <Phone key={i} phone={part.phone} />,
      )}
    </>
  );
}

export function PlanText({ plan }: { plan: SafetyPlanView }) {
  const matters = plan.mattersMost.trim();
  return (
    <div className="plan-text">
      <ol className="plan-text-steps">
        {plan.guide.map((g, i) => {
          const lines = plan.steps[g.step];
          return (
            <li key={g.step} className={lines.length === 0 ? 'plan-text-empty' : undefined}>
              <h3>
                <span className="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                {g.title}
              </h3>
              {lines.length > 0 ? (
                <ul>
                  {lines.map((line, j) => (
                    <li key={j}>
                      <PhoneText text={line} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="write-in" aria-hidden="true" />
              )}
            </li>
          );
        })}
      </ol>
      <div className={matters === '' ? 'plan-text-matters plan-text-empty' : 'plan-text-matters'}>
        <h3>{MATTERS_MOST_GUIDE.title}</h3>
        {matters !== '' ? (
          <p className="matters-most">
            <PhoneText text={matters} />
          </p>
        ) : (
          <p className="write-in" aria-hidden="true" />
        )}
      </div>
    </div>
  );
}
