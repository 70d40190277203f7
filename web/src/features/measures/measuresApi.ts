/** The questionnaire endpoints the pages share (contracts/measures.ts has every shape). */
import type { InstrumentView, MeasuresOverview, MeasureView } from '../../../../src/contracts/measures.js';
import type { InstrumentId } from '../../../../src/core/measures/instrument.js';
import { api } from '../../lib/api.js';

export async function loadInstruments(): Promise<InstrumentView[]> {
  return (await api.get<{ items: InstrumentView[] }>('/api/instruments')).items;
}

export function loadOverview(): Promise<MeasuresOverview> {
  return api.get<MeasuresOverview>('/api/measures/overview');
}

/** Every result of one questionnaire, oldest first. */
export async function loadResults(instrument: InstrumentId): Promise<MeasureView[]> {
  return (await api.get<{ items: MeasureView[] }>(`/api/measures?instrument=${encodeURIComponent(instrument)}`)).items;
}

/** The calendar file with a reminder for each rhythm the person set. */
export const CALENDAR_PATH = '/api/measures/calendar.ics';
