/**
 * zod's own words for a value of the wrong type ("Invalid input: expected array, received
 * undefined") reach a person wherever a schema gives none of its own, as in an import
 * file's lists. These are Headway's instead: what the field must be, or that it is missing.
 * A schema's own message still wins (zod asks this only as a fallback).
 */
import { z } from 'zod';

const MUST_BE: Record<string, string> = {
  array: 'must be a list',
  object: 'must be an object ({ … })',
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be true or false',
  null: 'must be null',
};

z.config({
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    if (issue.input === undefined) return 'is missing';
    return MUST_BE[issue.expected];
  },
});
