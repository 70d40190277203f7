import { describe, expect, it } from 'vitest';
import { problemsOf } from './errors.js';
import { checkinCreateSchema, momentCreateSchema, momentUpdateSchema, shiftCreateSchema } from './entries.js';

const problems = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, body: unknown) => {
  const r = schema.safeParse(body);
  return r.success ? [] : problemsOf(r.error as never);
};

describe('moment requests', () => {
  it('need only a trigger and an intensity', () => {
    expect(momentCreateSchema.parse({ trigger: ' Work ', intensity: 0 })).toEqual({ trigger: 'Work', intensity: 0 });
  });

  it('name each wrong field, unknown keys included', () => {
    expect(problems(momentCreateSchema, { trigger: '', intensity: 10.5, intensty: 3, bodyState: 'calm' })).toEqual([
      { path: 'trigger', message: 'must not be empty' },
      { path: 'intensity', message: 'must be a whole number from 0 to 10' },
      { path: 'bodyState', message: 'must be one of within, hyper, hypo' },
      { path: 'intensty', message: 'is not a field Headway knows' },
    ]);
  });

  it('refuse the same strategy twice and name the list', () => {
    const id = '6f1c1b0e-3f7a-4a43-9d7e-9e2f4b1d8c11';
    expect(problems(momentCreateSchema, { trigger: 'W', intensity: 3, strategies: [{ strategyId: id }, { strategyId: id }] })).toEqual([
      { path: 'strategies', message: 'must not name the same strategy twice' },
    ]);
  });

  it('refuse a trigger with nothing to see in it', () => {
    for (const trigger of ['\u200b', '\u200b \u2060']) {
      expect(problems(momentCreateSchema, { trigger, intensity: 3 }), JSON.stringify(trigger)).toEqual([{ path: 'trigger', message: 'must have letters you can see' }]);
    }
    expect(momentCreateSchema.parse({ trigger: 'Café\u200b at noon', intensity: 3 }).trigger).toBe('Café\u200b at noon');
  });

  it('refuse, in a name or a note, a character Headway cannot store: controls, DEL, C1 controls, half an emoji', () => {
    const unstorable = { message: expect.stringContaining('has a character Headway can’t store') };
    for (const text of ['Work\u0000', 'a\u0007b', 'clear\u001b[2J', 'x\u007f', 'x\u0085', 'x\u009b2J', 'Work\ud800', '\udc00Work', 'a\ude00\ud83d']) {
      expect(problems(momentCreateSchema, { trigger: text, intensity: 3, note: text, thought: text }), JSON.stringify(text)).toEqual([
        { path: 'trigger', ...unstorable },
        { path: 'thought', ...unstorable },
        { path: 'note', ...unstorable },
      ]);
    }
  });

  it('keep lines and tabs in a note, and emoji, combining marks and right-to-left marks anywhere', () => {
    const note = 'first line\n\tsecond 😀 e\u0301 \u200f\u202bשלום\u202c\u2067x\u2069';
    expect(momentCreateSchema.parse({ trigger: 'Work 😀 \u202eabc', intensity: 3, note }).note).toBe(note);
  });

  it('store an empty note as no note', () => {
    expect(momentCreateSchema.parse({ trigger: 'W', intensity: 3, note: '   ' }).note).toBeNull();
  });

  it('refuse an edit that changes nothing', () => {
    expect(problems(momentUpdateSchema, {})).toEqual([{ path: '', message: 'must change at least one field' }]);
  });
});

describe('check-ins and shifts', () => {
  it('check the ranges of distress, mood and sleep', () => {
    expect(problems(checkinCreateSchema, { distress: 11, mood: 0, sleepHours: 25 }).map((p) => p.path)).toEqual(['distress', 'mood', 'sleepHours']);
    expect(checkinCreateSchema.parse({ distress: 4, sleepHours: 7.5 })).toEqual({ distress: 4, sleepHours: 7.5 });
  });

  it('ask for words when a shift is in the person’s own words', () => {
    expect(problems(shiftCreateSchema, { kind: 'own-words' })).toEqual([
      { path: 'note', message: 'needs your own words when the kind is own-words' },
    ]);
    expect(problems(shiftCreateSchema, { kind: 'own-words', note: 'I said no kindly' })).toEqual([]);
  });
});
