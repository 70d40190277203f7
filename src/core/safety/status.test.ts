import { describe, expect, it } from 'vitest';
import { safetyStatus, type LatestForm } from './status.js';

const phq = (takenAt: string, value: number | null): LatestForm => ({
  instrument: 'PHQ-9',
  takenAt,
  critical: value === null ? [] : [{ item: 9, label: 'Thoughts of death or self-harm', answer: value === 1 ? 'Several days' : 'Nearly every day', tier: 'urgent' }],
});

describe('safetyStatus', () => {
  it('raises the alert for an urgent answer on the latest form, whatever the total', () => {
    const s = safetyStatus([phq('2026-03-03T10:00:00+00:00', 1)], [], '2026-03-10');
    expect(s.alert).toBe(true);
    expect(s.reasons).toEqual(['On 3 Mar 2026, PHQ-9 question 9 (thoughts of death or self-harm) was answered “Several days”.']);
  });

  it('lists a lower-tier answer without raising the alert', () => {
    const pcl: LatestForm = { instrument: 'PCL-5', takenAt: '2026-03-03T10:00:00+00:00', critical: [{ item: 16, label: 'Taking risks', answer: 'Moderately', tier: 'notice' }] };
    const s = safetyStatus([pcl], [], '2026-03-10');
    expect(s.alert).toBe(false);
    expect(s.reasons[0]).toContain('lower-tier');
  });

  it('counts crisis language in the last 14 days only, up to asOf', () => {
    const notes = ['2026-02-20T10:00:00+00:00', '2026-03-01T22:00:00+00:00', '2026-03-20T10:00:00+00:00'];
    const s = safetyStatus([], notes, '2026-03-10');
    expect(s.alert).toBe(true);
    expect(s.reasons).toEqual(['1 note in the last 14 days used words that suggest things may feel unsafe (the latest on 1 Mar 2026).']);
    expect(safetyStatus([], notes, '2026-03-16')).toEqual({ alert: false, reasons: [] });
  });

  it('is quiet with nothing to say', () => {
    expect(safetyStatus([phq('2026-03-03T10:00:00+00:00', null)], [], '2026-03-10')).toEqual({ alert: false, reasons: [] });
  });
});
