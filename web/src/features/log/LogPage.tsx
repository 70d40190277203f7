/** "Log": pick what to note (a moment by default), fill it in, get a kind word back. */
import { useState } from 'react';
import { ENTRY_KINDS, type EntryKind } from '../../../../src/core/vocabulary.js';
import { href } from '../../lib/route.js';
import { useSession } from '../../lib/session.js';
import { CheckinForm } from '../checkins/CheckinForm.js';
import { MomentForm } from '../moments/MomentForm.js';
import { PracticeForm } from '../practices/PracticeForm.js';
import { ShiftForm } from '../shifts/ShiftForm.js';
import { safetyOfferOf } from '../safety/SafetyOffer.js';
import { AskTherapyStart } from '../therapy/AskTherapyStart.js';
import { isTherapySession } from '../therapy/therapyStart.js';
import { Saved } from './Saved.js';
import './log.css';

const TABS: Record<EntryKind, { label: string; lead: string }> = {
  moments: { label: 'A moment', lead: 'Note it while it is fresh: the trigger and how intense it was are enough.' },
  checkins: { label: 'A check-in', lead: 'How are you, overall, right now?' },
  practices: { label: 'Healing practice', lead: 'Processing work you did: a session, sitting with a feeling, grief work…' },
  shifts: { label: 'A shift', lead: 'Noticed something change, even a little? That counts.' },
};

export function LogPage({ kind }: { kind: EntryKind }) {
  const { person } = useSession();
  const [saved, setSaved] = useState<{ kind: EntryKind; round: number; offerSafetyPlan: boolean; therapy: boolean } | null>(null);
  const [round, setRound] = useState(0);
  const showSaved = saved !== null && saved.kind === kind && saved.round === round;
  const name = person?.displayName.trim() ?? '';
  const again = () => {
    setSaved(null);
    setRound((r) => r + 1);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.entry-form input, .entry-form textarea')?.focus());
  };
  const onSaved = (entry: unknown) => {
    const practiceKind = kind === 'practices' && typeof entry === 'object' && entry !== null && 'kind' in entry ? String(entry.kind) : '';
    setSaved({ kind, round, offerSafetyPlan: safetyOfferOf(entry) !== null, therapy: isTherapySession(practiceKind) });
  };

  return (
    <>
      <h1 className="log-title" tabIndex={-1}>{name !== '' ? `Hi ${name}. What would you like to note?` : 'What would you like to note?'}</h1>
      <nav className="tabs log-tabs" aria-label="Kind of entry">
        {ENTRY_KINDS.map((k) => (
          <a key={k} href={href({ page: 'log', kind: k })} aria-current={k === kind ? 'page' : undefined}>
            {TABS[k].label}
          </a>
        ))}
      </nav>
      <p className={`lead lead-${kind}`}>{TABS[kind].lead}</p>
      {showSaved ? (
        <>
          <Saved kind={kind} onAgain={again} offerSafetyPlan={saved.offerSafetyPlan} />
          {saved.therapy && !saved.offerSafetyPlan && <AskTherapyStart />}
        </>
      ) : (
        <div key={`${kind}-${round}`}>
          {kind === 'moments' && <MomentForm onSaved={onSaved} />}
          {kind === 'checkins' && <CheckinForm onSaved={onSaved} />}
          {kind === 'practices' && <PracticeForm onSaved={onSaved} />}
          {kind === 'shifts' && <ShiftForm onSaved={onSaved} />}
        </div>
      )}
    </>
  );
}
