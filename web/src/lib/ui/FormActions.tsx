/** The end of every entry form: save (named for what it saves) and, when editing, cancel. */
export function FormActions({ saveLabel, editing, onCancel }: { saveLabel: string; editing: boolean; onCancel?: (() => void) | undefined }) {
  return (
    <div className="actions">
      <button type="submit" className="primary">
        {editing ? 'Save changes' : saveLabel}
      </button>
      {onCancel !== undefined && (
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
