/** Plain, calm words for each error code (STYLE.md: the web maps code → friendly text). */
import { ApiError } from './api.js';

/**
 * The page's session ended: Headway restarted with a new private key, or the page was
 * opened from a bookmark or another browser, without the printed link. Said with what to do.
 */
export const RESTARTED_MESSAGE =
  'This page has lost its connection to Headway: it was restarted, or the page was opened without its private link. Nothing you saved is lost.';

/** What to do about it, step by step in words a person can follow from the terminal. */
export const RECONNECT_STEPS =
  'To reconnect: in the terminal window where Headway runs, open the newest link shown after “Open:” (it ends in ?token=…). If Headway has stopped, start it again as before (npm start, or headway serve) and open the link it prints.';

export function friendlyError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something unexpected happened. Nothing was lost — please try again.';
  switch (error.code) {
    case 'network':
      return "Headway isn't reachable right now. Is it still running in your terminal?";
    case 'unauthorized':
      return `${RESTARTED_MESSAGE} ${RECONNECT_STEPS}`;
    case 'not_found':
      return "That entry isn't here any more. It may have been deleted.";
    case 'conflict':
      return 'That name is already in use. Try a slightly different one.';
    case 'validation_failed':
    case 'invalid_json':
    case 'import_invalid':
    // The server words these with the names involved and what can be done instead.
    case 'name_taken':
    case 'in_use':
      return error.message;
    case 'payload_too_large':
      return 'That is too large for Headway to take in one go.';
    case 'unsupported_media_type':
    case 'forbidden_host':
    case 'forbidden_origin':
      return 'Headway only accepts changes from its own page. Open the link printed in your terminal.';
    case 'database_too_new':
      return 'This journal was written by a newer Headway. Please update Headway to open it.';
    case 'internal':
      return "Something went wrong on Headway's side. Nothing was saved by this attempt — please try again.";
    case 'database_busy':
      return 'Headway is busy finishing another change (perhaps an import). Nothing was lost — please try again in a moment.';
    case 'storage_full':
    case 'storage_read_only':
    case 'storage_denied':
    case 'database_damaged':
    case 'database_empty':
      return error.message;
  }
}
