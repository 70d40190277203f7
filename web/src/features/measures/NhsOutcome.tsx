/** The paired PHQ-9 + GAD-7 outcome, labelled as the NHS Talking Therapies convention it is. */
import type { MeasuresOverview } from '../../../../src/contracts/measures.js';
import { NHS_WORDS } from './measureWords.js';

export function NhsOutcome({ nhs }: { nhs: NonNullable<MeasuresOverview['nhs']> }) {
  return (
    <section className="card nhs" aria-labelledby="nhs-heading">
      <p className="eyebrow">NHS Talking Therapies convention</p>
      <h2 id="nhs-heading">Your PHQ-9 and GAD-7 together</h2>
      <p>{NHS_WORDS[nhs.outcome]}</p>
      <p className="small">
        First: PHQ-9 {nhs.first.phq9}, GAD-7 {nhs.first.gad7}. Latest: PHQ-9 {nhs.latest.phq9}, GAD-7 {nhs.latest.gad7}.
      </p>
      <p className="small muted">
        {nhs.note}
      </p>
    </section>
  );
}
