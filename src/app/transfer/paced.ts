/**
 * Long checks (a file of a million entries) run in slices, so the server keeps answering
 * other requests meanwhile. A check is written as a generator that yields wherever it
 * may pause (every few hundred entries); `paced` runs it and lets other work in once a
 * slice has taken `sliceMs`. The check itself stays synchronous and pure.
 */

/** A check that yields where it may pause and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Milliseconds of checking between turns of the event loop: short enough that logging a moment meanwhile is not noticed. */
export const SLICE_MS = 10;

/** Runs `steps` to the end, giving the event loop a turn (setImmediate: after pending I/O) every `sliceMs`. */
export async function paced<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
