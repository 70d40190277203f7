import { describe, expect, it } from 'vitest';
import { momentViewSchema } from '../../contracts/entries.js';
import type { EntryId, StrategyId, TriggerId } from '../../core/ids.js';
import type { Moment } from '../../core/records.js';
import { momentView } from './views.js';

const T = '2026-11-20T09:30:00+00:00';
const moment: Moment = {
  id: '01a1fd0a-b263-73ff-b8fb-4a800ddbf56a' as EntryId,
  occurredAt: T,
  triggerId: '01a1fd0a-b263-7496-bc23-63106fb20ae9' as TriggerId,
  intensity: 7,
  bodyState: 'hypo',
  thought: 'They think I am useless',
  followedThought: false,
  recognizedEarly: true,
  handledDifferently: true,
  settledMinutes: 25,
  strategies: [
    { strategyId: '01a1fd0a-b263-7000-8000-000000000001' as StrategyId, helped: true },
    { strategyId: '01a1fd0a-b263-7000-8000-000000000002' as StrategyId, helped: null },
  ],
  note: 'Walked it off',
  createdAt: T,
  updatedAt: T,
  deletedAt: null,
};

describe('a moment as clients see it', () => {
  it('carries every field of the moment, its trigger and strategies by name, and nothing else', () => {
    const view = momentView(moment, {
      trigger: new Map([[moment.triggerId, 'Criticism at work']]),
      strategy: new Map([['01a1fd0a-b263-7000-8000-000000000001', 'Paced breathing']]),
    });
    // Spread from the record, so a field added to Moment and not to the view fails here.
    expect(view).toEqual({
      ...moment,
      trigger: 'Criticism at work',
      strategies: [
        { strategyId: '01a1fd0a-b263-7000-8000-000000000001', helped: true, name: 'Paced breathing' },
        { strategyId: '01a1fd0a-b263-7000-8000-000000000002', helped: null, name: '' },
      ],
    });
    expect(momentViewSchema.strict().parse(view)).toEqual(view);
  });
});
