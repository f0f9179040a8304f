// The component's small DOM: element helpers, the toolbar legend and the injected stylesheet
// (toolbar, canvas host, tooltip). Everything per-element is drawn on the canvas instead.
import { COLORS, LEGEND, STATE_NAMES } from './colors';
import { legendSwatch } from './icons';
import { Mark } from './model';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = cls;
  return e;
}

export function button(text: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', '');
  b.type = 'button';
  b.textContent = text;
  b.title = title;
  b.addEventListener('click', onClick);
  return b;
}

export function legend(): HTMLDivElement {
  const box = el('div', 'gs-tl-legend');
  const item = (swatch: HTMLCanvasElement, label: string, title = label) => {
    const s = el('span', '');
    s.title = title;
    const t = document.createElement('span');
    t.textContent = label;
    s.append(swatch, t);
    box.append(s);
  };
  for (const { state, label } of LEGEND)
    item(legendSwatch('state', state), label, STATE_NAMES[state]);
  item(legendSwatch('mark', -2), 'send→recv', 'a value sent on a channel → where it was received');
  item(legendSwatch('mark', Mark.Cancel), 'cancel', 'a context was cancelled');
  item(
    legendSwatch('mark', -1),
    'stuck / leaked',
    'blocked forever (nothing can wake it) / leaked (alive at exit)',
  );
  item(legendSwatch('mark', Mark.Panic), 'panic');
  item(legendSwatch('mark', Mark.Finding), 'finding', 'an analysis finding');
  return box;
}

const CSS = `
.gs-tl{display:flex;flex-direction:column;width:100%;height:100%;min-height:0;position:relative;
  background:${COLORS.bg};color:${COLORS.text};font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.gs-tl-bar{display:flex;flex-wrap:wrap;align-items:center;gap:4px 14px;padding:4px 8px;
  background:${COLORS.labelBg};border-bottom:1px solid ${COLORS.border};user-select:none}
.gs-tl-btns{display:flex;gap:3px}
.gs-tl-bar button{background:#333538;color:#ddd;border:1px solid #4a4c50;border-radius:3px;
  font:inherit;line-height:18px;padding:0 8px;min-width:26px;cursor:pointer}
.gs-tl-bar button:hover{background:#3e4145}
.gs-tl-bar button.on{background:#24563a;border-color:#4caf78;color:#fff}
.gs-tl-legend{display:flex;flex-wrap:wrap;align-items:center;gap:3px 12px;color:#b9bcc2;font-size:11px}
.gs-tl-legend>span{display:inline-flex;align-items:center;gap:5px;white-space:nowrap}
.gs-tl-bar button.gs-tl-help{border-radius:50%;min-width:20px;padding:0;margin-left:4px;cursor:help;
  color:${COLORS.textDim}}
.gs-tl-body{position:relative;flex:1;min-height:0;overflow:hidden}
.gs-tl-body>canvas{position:absolute;left:0;top:0;touch-action:none;outline:none;cursor:grab}
.gs-tl-body>canvas.dragging{cursor:grabbing}
.gs-tl-tip{position:absolute;left:0;top:0;max-width:440px;padding:6px 9px;border-radius:4px;
  background:#2c2e31;border:1px solid #4a4c50;box-shadow:0 4px 14px rgba(0,0,0,.45);
  color:#ddd;font-size:12px;line-height:1.4;pointer-events:none;z-index:5;white-space:pre-wrap;
  overflow-wrap:anywhere}
.gs-tl-tip[hidden]{display:none}
.gs-tl-tip-title{font-weight:600;color:#fff;margin-bottom:2px}
.gs-tl-tip-line{color:#cfd2d6}
.gs-tl-tip-hint{color:${COLORS.textDim};margin-top:3px;font-size:11px}
`;

export function injectStyle(): void {
  if (document.getElementById('gs-timeline-css')) return;
  const style = document.createElement('style');
  style.id = 'gs-timeline-css';
  style.textContent = CSS;
  document.head.append(style);
}
