/**
 * The only script on map pages: panel switch, Map/Table toggle, and a tooltip that follows the
 * pointer or keyboard focus. Arrow keys move between regions; the matching table row is highlighted.
 * Without it every panel shows its map and table together.
 */

function tooltipText(area: Element): string {
  const d = (area as SVGElement).dataset;
  return [d.region, d.valueText || 'No data', d.year].filter(Boolean).join(' · ');
}

function setupRegions(panel: HTMLElement) {
  const areas = [...panel.querySelectorAll<SVGElement>('.ipec-map-area')];
  const tip = panel.querySelector<HTMLElement>('.ipec-map-tooltip');
  const canvas = panel.querySelector<HTMLElement>('.ipec-map-canvas');
  if (!tip || !canvas) return;
  const rows = [...panel.querySelectorAll<HTMLElement>('tr[data-region]')];
  const roving = panel.querySelector('[data-roving]') !== null;

  const show = (area: SVGElement, pointer?: MouseEvent) => {
    areas.forEach((a) => a.classList.toggle('is-active', a === area));
    rows.forEach((r) => r.classList.toggle('is-active', r.dataset.region === area.dataset.region));
    tip.textContent = tooltipText(area);
    tip.hidden = false;
    const box = canvas.getBoundingClientRect();
    const target = area.getBoundingClientRect();
    const x = pointer ? pointer.clientX : target.left + target.width / 2;
    const y = pointer ? pointer.clientY : target.top + target.height / 2;
    const left = Math.min(Math.max(x - box.left, tip.offsetWidth / 2), box.width - tip.offsetWidth / 2);
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(y - box.top - 12, tip.offsetHeight)}px`;
  };
  const hide = () => {
    tip.hidden = true;
    areas.forEach((a) => a.classList.remove('is-active'));
    rows.forEach((r) => r.classList.remove('is-active'));
  };

  areas.forEach((area, i) => {
    area.addEventListener('focus', () => show(area));
    area.addEventListener('blur', hide);
    area.addEventListener('mousemove', (e) => show(area, e));
    area.addEventListener('mouseleave', hide);
    area.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') return hide();
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
      if (!step) return;
      e.preventDefault();
      const next = areas[(i + step + areas.length) % areas.length];
      if (roving) {
        area.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
      }
      next.focus();
    });
  });
}

function setupFigure(figure: HTMLElement) {
  const controls = figure.querySelector<HTMLElement>('.ipec-map-controls');
  const panels = [...figure.querySelectorAll<HTMLElement>('.ipec-map-panel')];
  if (!controls) return;
  controls.hidden = false;
  const radios = [...figure.querySelectorAll<HTMLInputElement>('.ipec-map-switch input')];
  const showPanel = (id: string) => panels.forEach((p) => (p.hidden = p.dataset.panel !== id));
  if (radios.length > 0) {
    showPanel((radios.find((r) => r.checked) ?? radios[radios.length - 1]).value);
    radios.forEach((r) => r.addEventListener('change', () => showPanel(r.value)));
  }
  const toggle = figure.querySelector<HTMLButtonElement>('.ipec-map-view-toggle');
  const setTableView = (table: boolean) => {
    toggle?.setAttribute('aria-pressed', String(table));
    figure.querySelectorAll<HTMLElement>('.ipec-map-view').forEach((v) => (v.hidden = table));
    figure.querySelectorAll<HTMLElement>('.ipec-map-table').forEach((t) => (t.hidden = !table));
  };
  toggle?.addEventListener('click', () => setTableView(toggle.getAttribute('aria-pressed') !== 'true'));
  setTableView(false);
  panels.forEach(setupRegions);
}

export function enhanceMaps() {
  document.querySelectorAll<HTMLElement>('[data-ipec-map]').forEach(setupFigure);
}
