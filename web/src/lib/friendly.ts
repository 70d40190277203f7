/** Plain, calm words for each error code (STYLE.md: the web maps code → friendly text). */
import { ApiError } from './api.js';

export const RESTARTED_MESSAGE = 'Headway was restarted — open the link printed in your terminal again.';

export function friendlyError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something unexpected happened. Nothing was lost — please try again.';
  switch (error.code) {
    case 'network':
      return "Headway isn't reachable right now. Is it still running in your terminal?";
    case 'unauthorized':
      return RESTARTED_MESSAGE;
    case 'not_found':
      return "That entry isn't here any more. It may have been deleted.";
    case 'conflict':
      return 'That name is already in use. Try a slightly different one.';
    case 'validation_failed':
    case 'invalid_json':
    case 'import_invalid':
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
