/**
 * A row that opens an editing panel in place: opening it puts the keyboard in the panel's
 * first field (`fields`), closing it puts it back on the row's first button ("Edit").
 * Nothing moves on the first render, so a list appearing does not steal focus.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useEditFocus(editing: boolean, fields: string): RefObject<HTMLLIElement | null> {
  const rowRef = useRef<HTMLLIElement | null>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (!editing && !opened.current) return;
    opened.current = editing;
    rowRef.current?.querySelector<HTMLElement>(editing ? fields : 'button')?.focus();
  }, [editing, fields]);
  return rowRef;
}
