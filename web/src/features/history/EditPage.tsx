/** Edit any entry in the same form it was logged with, prefilled. */
import type { EntryKind } from '../../../../src/core/vocabulary.js';
import { api } from '../../lib/api.js';
import { capitalised, KIND_NOUNS } from '../../lib/labels.js';
import { href, navigate } from '../../lib/route.js';
import { useToast } from '../../lib/toast.js';
import { useLoad } from '../../lib/useLoad.js';
import { LoadProblem } from '../../lib/ui/LoadProblem.js';
import { CheckinForm } from '../checkins/CheckinForm.js';
import { MomentForm } from '../moments/MomentForm.js';
import { PracticeForm } from '../practices/PracticeForm.js';
import { OFFER_WORDS, safetyOfferOf } from '../safety/SafetyOffer.js';
import { ShiftForm } from '../shifts/ShiftForm.js';
import { entryPath, type AnyEntry } from './journal.js';

export function EditPage({ kind, id }: { kind: EntryKind; id: string }) {
  const path = entryPath(kind, id);
  const loaded = useLoad(async () => ({ kind, entry: await api.get<AnyEntry['entry']>(path) }) as AnyEntry, path);
  const toast = useToast();
  const back = () => navigate({ page: 'history' });
  const onSaved = (entry: unknown) => {
    if (safetyOfferOf(entry) !== null) {
      toast({
        message: `Changes saved. ${OFFER_WORDS}`,
        action: { label: 'Open my safety plan', run: () => navigate({ page: 'safety' }) },
        acrossPages: true,
      });
    } else toast({ message: 'Changes saved.', acrossPages: true });
    back();
  };

  const e = loaded.data;
  return (
    <>
      <h1 tabIndex={-1}>Edit {KIND_NOUNS[kind]}</h1>
      <p className="lead">
        <a href={href({ page: 'history' })}>Back to history</a>
      </p>
      {loaded.error !== null && <LoadProblem error={loaded.error} onRetry={loaded.reload} />}
      {e !== undefined && e.entry.deletedAt !== null && (
        <p className="notice">
          {capitalised(KIND_NOUNS[kind])} is in <a href={href({ page: 'deleted' })}>Recently deleted</a>. Restore it to edit it.
        </p>
      )}
      {e !== undefined && e.entry.deletedAt === null && (
        <>
          {e.kind === 'moments' && <MomentForm initial={e.entry} onSaved={onSaved} onCancel={back} />}
          {e.kind === 'checkins' && <CheckinForm initial={e.entry} onSaved={onSaved} onCancel={back} />}
          {e.kind === 'practices' && <PracticeForm initial={e.entry} onSaved={onSaved} onCancel={back} />}
          {e.kind === 'shifts' && <ShiftForm initial={e.entry} onSaved={onSaved} onCancel={back} />}
        </>
      )}
    </>
  );
}
