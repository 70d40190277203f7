/**
 * A box that scrolls when what it holds is wider (or taller) than the screen: a table on
 * a phone. When it does scroll, it says so — a shadow at the edge that hides more, and a
 * "Scroll sideways" hint above — and it becomes a named region that takes keyboard focus,
 * so it can be scrolled with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './scroll-region.css';

interface Overflow {
  across: boolean;
  down: boolean;
}

export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<Overflow>({ across: false, down: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const check = () => {
      const across = el.scrollWidth > el.clientWidth + 1;
      const down = el.scrollHeight > el.clientHeight + 1;
      // Reason: same values must not re-render (a ResizeObserver fires on every layout).
      setOverflow((o) => (o.across === across && o.down === down ? o : { across, down }));
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild !== null) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  const scrolls = overflow.across || overflow.down;
  return (
    <div className="scroll-region">
      {overflow.across && (
        <p className="scroll-hint" aria-hidden="true">
          Scroll sideways to see more <span className="scroll-arrow">→</span>
        </p>
      )}
      <div
        ref={ref}
        className={`table-scroll${overflow.across ? ' scrolls-across' : ''}${className !== undefined ? ` ${className}` : ''}`}
        {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
      >
        {children}
      </div>
    </div>
  );
}
