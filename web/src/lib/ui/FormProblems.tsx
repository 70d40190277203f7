/** A form-level message (not tied to one field), focusable so a failed submit can move to it. */
interface Props {
  message: string | null;
  details?: readonly string[];
}

export function FormProblems({ message, details = [] }: Props) {
  if (message === null && details.length === 0) return null;
  return (
    <div className="form-error" role="alert" tabIndex={-1}>
      {message !== null && <p>{message}</p>}
      {details.length > 0 && (
        <ul>
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
