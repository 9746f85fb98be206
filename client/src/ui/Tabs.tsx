import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';

export interface TabSpec {
  id: string;
  title: string;
  content: ReactNode;
}

/** WAI-ARIA tabs: arrow keys move between tabs, Tab goes into the panel. */
export function Tabs({ label, tabs }: { label: string; tabs: TabSpec[] }) {
  const [active, setActive] = useState(tabs[0]?.id ?? '');
  const base = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (index + step + tabs.length) % tabs.length;
    const tab = tabs[next];
    if (tab) {
      setActive(tab.id);
      buttons.current[next]?.focus();
    }
  };

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tablist">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={active === tab.id}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            className="tab"
            onClick={() => setActive(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
            data-testid={`tab-${tab.id}`}
          >
            {tab.title}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={active !== tab.id}
          className="tabpanel"
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
