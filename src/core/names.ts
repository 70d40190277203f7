/**
 * How names of triggers and strategies compare: "Work stress", "work stress" and
 * " Work  stress " are the same name. Stored names keep the person's own letter case.
 */
export const cleanName = (name: string): string => name.trim().replace(/\s+/g, ' ');
export const nameKey = (name: string): string => cleanName(name).toLocaleLowerCase('en');
