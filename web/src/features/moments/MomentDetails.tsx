/** The optional part of a moment, behind "More detail" so the fast path stays short. */
import { LIMITS } from '../../../../src/core/vocabulary.js';
import { errorAt, type FieldErrors } from '../../lib/form.js';
import { BODY_STATE_CHOICES, ChoiceGroup, YES_NO_UNNOTED } from '../../lib/ui/choices.js';
import { Checkbox, TextArea, WhenField } from '../../lib/ui/fields.js';
import type { MomentDraft } from './momentDraft.js';

interface Props {
  draft: MomentDraft;
  set: <K extends keyof MomentDraft>(key: K, value: MomentDraft[K]) => void;
  errors: FieldErrors;
  editing: boolean;
}

export function MomentDetails({ draft, set, errors, editing }: Props) {
  return (
    <div className="details-body">
      <ChoiceGroup
        legend="Body state"
        hint="How did your body feel, in the thick of it?"
        options={BODY_STATE_CHOICES}
        value={draft.bodyState}
        onChange={(v) => set('bodyState', v)}
        error={errorAt(errors, 'bodyState')}
        layout="row"
      />
      <TextArea
        label="The thought"
        hint="The thought that came up, if there was one."
        value={draft.thought}
        onChange={(v) => set('thought', v)}
        maxLength={LIMITS.thoughtChars}
        rows={2}
        error={errorAt(errors, 'thought')}
        optional
      />
      <ChoiceGroup
        legend="I followed the thought"
        hint="Did you go along with it, or let it pass?"
        options={YES_NO_UNNOTED}
        value={draft.followedThought}
        onChange={(v) => set('followedThought', v)}
        error={errorAt(errors, 'followedThought')}
      />
      <div className="checks">
        <Checkbox
          label="I recognised the pattern early"
          checked={draft.recognizedEarly}
          onChange={(v) => set('recognizedEarly', v)}
        />
        <Checkbox
          label="I handled it differently"
          checked={draft.handledDifferently}
          onChange={(v) => set('handledDifferently', v)}
        />
      </div>
      <TextArea
        label="Note"
        value={draft.note}
        onChange={(v) => set('note', v)}
        maxLength={LIMITS.noteChars}
        error={errorAt(errors, 'note')}
        optional
      />
      <WhenField value={draft.when} onChange={(v) => set('when', v)} error={errorAt(errors, 'occurredAt')} editing={editing} />
    </div>
  );
}
