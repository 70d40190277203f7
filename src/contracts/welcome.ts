/**
 * Finishing the first-start screen (POST /api/person/welcome): "continue" with the country
 * the person chose for their crisis lines, or "skip", which keeps the guessed country.
 * Either way the screen is not shown again.
 */
import { z } from 'zod';
import { countrySchema } from './fields.js';

export const welcomeSchema = z.discriminatedUnion(
  'choice',
  [z.strictObject({ choice: z.literal('continue'), country: countrySchema }), z.strictObject({ choice: z.literal('skip') })],
  { error: 'must be "continue" (with a country) or "skip"' },
);
export type Welcome = z.infer<typeof welcomeSchema>;
