/** Branded identifiers: a StrategyId cannot be passed where a MomentId is expected. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PersonId = Brand<string, 'PersonId'>;
export type StrategyId = Brand<string, 'StrategyId'>;
export type TriggerId = Brand<string, 'TriggerId'>;
export type EntryId = Brand<string, 'EntryId'>;

/** The person of a single-user local install. Clinic mode adds more people later. */
export const LOCAL_PERSON_ID = '00000000-0000-4000-8000-000000000001' as PersonId;
export type MeasureId = Brand<string, 'MeasureId'>;
export type SafetyEventId = Brand<string, 'SafetyEventId'>;
