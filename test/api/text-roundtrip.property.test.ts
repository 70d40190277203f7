/**
 * Any text at all, in every field a person writes: it is either refused with a field error
 * (when it holds NUL, a control, DEL, a C1 control or half an emoji), or kept exactly as
 * the field keeps text, and then the journal's own export imports into an empty journal
 * and exports again unchanged. On SQLite, and on PostgreSQL when HEADWAY_TEST_PG_URL is
 * set, so a journal always moves between engines.
 */
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/contracts/errors.js';
import { LOCAL_PERSON_ID } from '../../src/core/ids.js';
import type { Store } from '../../src/store/port.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { startHarness, type Harness } from '../harness.js';
import { dropCreatedDatabases, freshDatabaseUrl, PG_ADMIN_URL } from '../pg.js';

const RUNS = 200;
afterAll(dropCreatedDatabases);

/** What Headway must refuse, worked out here code point by code point; a one-line field refuses tab and line breaks too. */
function unstorable(text: string, oneLine: boolean): boolean {
  return [...text].some((ch) => {
    const c = ch.codePointAt(0)!;
    const lineBreakOrTab = ch === '\t' || ch === '\n' || ch === '\r';
    return (c < 0x20 && (oneLine || !lineBreakOrTab)) || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff);
  });
}

const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.constantFrom('\u0000', '\u0001', '\u001b[2J', '\u001b]52;c;aGk=\u0007', '\u007f', '\u0080', '\u0085', '\u009b', '\u009f', '\ud800', '\udbff', '\udc00', '\ud83d', '\ude00'),
      fc.constantFrom('😀', 'e\u0301', 'a\u0308\u0323', '\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'),
      fc.constantFrom('\t', '\n', '\r\n', ' ', '\u00a0', '\u200b', '\ufeff', '\ufffd', '\uffff', 'שלום', 'مرحبا', 'Work', 'x'),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join('').slice(0, 70));

type Kept = (body: Record<string, unknown>) => unknown;
interface Field {
  /** The field's name in the error, and whether it is one line. */
  field: string;
  oneLine?: boolean;
  request: (h: Harness, text: string) => Promise<InjectOptions>;
  /** Where the saved value is in the answer, and what it must be; omitted where only refusal is certain (names). */
  kept?: { read: Kept; expected: (text: string) => unknown };
  /** Names may also be refused for being empty, invisible or taken. */
  name?: true;
  /** Trimmed before it is checked: a tab or line break at either end is white space, not a character kept. */
  trimmed?: true;
}

const noteKept = (read: Kept) => ({ read, expected: (t: string) => (t.trim() === '' ? null : t) });
const post = (url: string, payload: object): InjectOptions => ({ method: 'POST', url, payload });
const file = (t: string) => ({
  format: 'headway.export',
  version: 2,
  exportedAt: '2026-03-01T10:00:00+00:00',
  person: { displayName: '', country: 'GB' },
  toolkit: [],
  triggers: [{ name: 'Imported', createdAt: '2026-03-01T10:00:00+00:00' }],
  moments: [
    {
      id: crypto.randomUUID(), occurredAt: '2026-03-01T10:00:00+00:00', trigger: 'Imported', intensity: 3, bodyState: null, thought: null, followedThought: null,
      recognizedEarly: false, handledDifferently: false, settledMinutes: null, strategies: [], note: t, createdAt: '2026-03-01T10:00:00+00:00', updatedAt: '2026-03-01T10:00:00+00:00',
    },
  ],
  checkins: [],
  practices: [],
  shifts: [],
});

const FIELDS: Field[] = [
  { field: 'note', request: async (_h, t) => post('/api/moments', { trigger: 'Work', intensity: 3, note: t }), kept: noteKept((b) => b['note']) },
  { field: 'thought', request: async (_h, t) => post('/api/moments', { trigger: 'Work', intensity: 3, thought: t }), kept: { read: (b) => b['thought'], expected: (t) => (t.trim() === '' ? null : t.trim()) } },
  { field: 'trigger', name: true, trimmed: true, request: async (_h, t) => post('/api/moments', { trigger: t, intensity: 3 }) },
  { field: 'note', request: async (_h, t) => post('/api/checkins', { distress: 3, note: t }), kept: noteKept((b) => b['note']) },
  { field: 'kind', name: true, trimmed: true, request: async (_h, t) => post('/api/practices', { kind: t }) },
  { field: 'note', request: async (_h, t) => post('/api/practices', { kind: 'Yoga', note: t }), kept: noteKept((b) => b['note']) },
  { field: 'note', request: async (_h, t) => post('/api/shifts', { kind: 'pattern-recognised', note: t }), kept: noteKept((b) => b['note']) },
  { field: 'name', name: true, trimmed: true, request: async (_h, t) => post('/api/toolkit', { name: t, role: 'coping', function: 'soothe' }) },
  {
    field: 'name',
    name: true,
    trimmed: true,
    request: async (h, t) => {
      const trigger = (await h.call(post('/api/moments', { trigger: `Renamed ${crypto.randomUUID()}`, intensity: 1 }))).json() as { triggerId: string };
      return { method: 'PATCH', url: `/api/triggers/${trigger.triggerId}`, payload: { name: t } };
    },
  },
  { field: 'displayName', oneLine: true, trimmed: true, request: async (_h, t) => ({ method: 'PATCH', url: '/api/person', payload: { displayName: t, country: 'GB' } }), kept: { read: (b) => b['displayName'], expected: (t) => t.trim() } },
  {
    field: 'steps.askForHelp[0]',
    trimmed: true,
    request: async (_h, t) => ({ method: 'PUT', url: '/api/safety-plan', payload: { steps: { askForHelp: [t] }, mattersMost: 'Home' } }),
    kept: { read: (b) => (b['steps'] as Record<string, string[]>)['askForHelp'], expected: (t) => (t.trim() === '' ? [] : [t.trim()]) },
  },
  {
    field: 'mattersMost',
    trimmed: true,
    request: async (_h, t) => ({ method: 'PUT', url: '/api/safety-plan', payload: { steps: {}, mattersMost: t } }),
    kept: { read: (b) => b['mattersMost'], expected: (t) => t.trim() },
  },
  { field: 'moments[0].note', request: async (_h, t) => post('/api/import', file(t)) },
];

const ENGINES: Array<[string, () => Promise<Store>]> = [
  ['SQLite', () => SqliteStore.openFile(':memory:')],
  ...(PG_ADMIN_URL ? [['PostgreSQL', async () => PostgresStore.open(await freshDatabaseUrl())] as [string, () => Promise<Store>]] : []),
];

describe.each(ENGINES)('the text in the security review, on %s', (_engine, open) => {
  it('NUL in a note, thought, check-in note, display name or import file is a field error, and three half-emoji triggers are refused', async () => {
    const h = await startHarness({ store: await open() });
    try {
      const cases: Array<[InjectOptions, number, string]> = [
        [post('/api/moments', { trigger: 'Work', intensity: 3, note: 'a\u0000b' }), 400, 'note'],
        [post('/api/moments', { trigger: 'Work', intensity: 3, thought: 'a\u0000b' }), 400, 'thought'],
        [post('/api/checkins', { distress: 3, note: '\u0000' }), 400, 'note'],
        [{ method: 'PATCH', url: '/api/person', payload: { displayName: 'Sam\u0000' } }, 400, 'displayName'],
        [post('/api/import', file('a\u0000b')), 422, 'moments[0].note'],
        ...['Work\ud800', 'Work\udc00', 'Work\udbff'].map((trigger): [InjectOptions, number, string] => [post('/api/moments', { trigger, intensity: 3 }), 400, 'trigger']),
      ];
      for (const [request, status, field] of cases) {
        const res = await h.call(request);
        const error = errorBodySchema.parse(res.json()).error;
        expect([res.statusCode, error.problems?.find((p) => p.path === field)?.message ?? error.message], JSON.stringify(request.payload)).toEqual([
          status,
          expect.stringContaining('has a character Headway can’t store'),
        ]);
      }
      expect(await h.store.countEntries(LOCAL_PERSON_ID)).toMatchObject({ moments: 0, checkins: 0 });
    } finally {
      await h.close();
    }
  });
});

describe.each(ENGINES)('any text, on %s', (_engine, open) => {
  it('is refused naming its field, or kept exactly; then the export imports into an empty journal unchanged', async () => {
    const h = await startHarness({ store: await open() });
    const empty = await startHarness({ store: await open() });
    let kept = 0;
    let refused = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...FIELDS), text, async (f, t) => {
          const res = await h.call(await f.request(h, t));
          expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
          if (unstorable(f.trimmed ? t.trim() : t, f.oneLine === true)) {
            const error = errorBodySchema.parse(res.json()).error;
            const problem = error.problems?.find((p) => p.path === f.field) ?? { path: error.field, message: error.message };
            expect([res.statusCode, problem.path], res.body.slice(0, 300)).toEqual([f.field.startsWith('moments[') ? 422 : 400, f.field]);
            expect(problem.message).toContain('has a character Headway can’t store');
            refused++;
            return;
          }
          if (f.name && res.statusCode >= 400) {
            // An empty, invisible, too long or already used name: refused for that, naming the field.
            expect(errorBodySchema.parse(res.json()).error.field).toBe(f.field);
            return;
          }
          expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(300);
          if (f.kept) expect(f.kept.read(res.json() as Record<string, unknown>)).toEqual(f.kept.expected(t));
          kept++;
        }),
        { numRuns: RUNS },
      );
      expect(kept).toBeGreaterThan(RUNS / 10);
      expect(refused).toBeGreaterThan(RUNS / 10);

      const exported = (await h.call({ method: 'GET', url: '/api/export' })).json() as Record<string, unknown>;
      const imported = await empty.call(post('/api/import', exported));
      expect(imported.statusCode, imported.body.slice(0, 500)).toBe(200);
      const again = (await empty.call({ method: 'GET', url: '/api/export' })).json() as Record<string, unknown>;
      expect({ ...again, exportedAt: null }).toEqual({ ...exported, exportedAt: null });
    } finally {
      await h.close();
      await empty.close();
    }
  }, 120_000);
});
