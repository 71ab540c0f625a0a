// Tiny DOM helpers for the form (no framework: the form is small and must keep focus on updates).

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== undefined) node.append(child);
  return node;
}

/** A value-holding control of VS Code Elements (textarea, textfield, single-select). */
export interface ValueControl extends HTMLElement {
  value: string;
}

export function isFocusedWithin(node: Element): boolean {
  let active: Element | null = document.activeElement;
  while (active) {
    if (active === node || node.contains(active)) return true;
    active = active.shadowRoot?.activeElement ?? null;
    if (active && node.contains(active)) return true;
    break;
  }
  return false;
}

export function debounce<A extends unknown[]>(wait: number, action: (...args: A) => void): ((...args: A) => void) & { flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: A | undefined;
  const debounced = (...args: A) => {
    last = args;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (last) action(...last);
    }, wait);
  };
  debounced.flush = () => {
    if (timer !== undefined && last) {
      clearTimeout(timer);
      timer = undefined;
      action(...last);
    }
  };
  return debounced;
}
