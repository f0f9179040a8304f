// Tabs: buttons with data-tab and panels with data-panel inside one root; one panel shows.

/** Wires the tab buttons under `root`; returns a function that selects a tab by name. */
export function setupTabs(
  root: ParentNode,
  onSelect?: (name: string) => void,
): (name: string) => void {
  const select = (name: string) => {
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-tab]'))
      b.setAttribute('aria-selected', String(b.dataset.tab === name));
    for (const p of root.querySelectorAll<HTMLElement>('[data-panel]'))
      p.hidden = p.dataset.panel !== name;
    onSelect?.(name);
  };
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-tab]'))
    b.onclick = () => select(b.dataset.tab!);
  return select;
}
