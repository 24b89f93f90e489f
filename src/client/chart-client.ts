/**
 * The one script of chart pages and of guidance pages that show a chart. It adds, over the page that
 * works without it:
 * - the state switch (year, indicator) and the view switch (map or chart, table), kept in the page
 *   address so a copied link reopens the same view and Back goes to the previous one;
 * - a tooltip on hover and keyboard focus that is placed beside the hovered region's label, never on it;
 * - arrow keys between regions, countries or points;
 * - the PNG download, drawn from the chart's SVG file on a canvas;
 * - today's date as the citations' access date (the page gives the day of the build), and copy buttons
 *   for the citations and the embed code.
 */

type View = 'graphic' | 'table';

interface Figure {
  root: HTMLElement;
  panels: HTMLElement[];
  /** Address keys this figure owns ("year indicator"); undefined when it does not use the address. */
  keys?: string[];
  /** The panel the chart opens on when the address names none. */
  opening: string;
  show: (panelId: string, view: View) => void;
}

const GAP = 6;

/** Where the tooltip goes, in canvas coordinates: above the box it must not cover, or below it if there is no room. */
export function tooltipPosition(
  avoid: { left: number; top: number; right: number; bottom: number },
  tip: { width: number; height: number },
  canvas: { width: number },
  roomAbove: number,
  centreX = (avoid.left + avoid.right) / 2,
): { left: number; top: number } {
  const left = Math.min(Math.max(centreX - tip.width / 2, 0), Math.max(0, canvas.width - tip.width));
  const above = avoid.top - tip.height - GAP;
  const top = roomAbove >= tip.height + GAP ? above : avoid.bottom + GAP;
  return { left, top };
}

function setupTooltips(panel: HTMLElement) {
  const canvas = panel.querySelector<HTMLElement>('.ipec-map-canvas');
  const tip = panel.querySelector<HTMLElement>('.ipec-map-tooltip');
  if (!canvas || !tip) return;
  const targets = [...panel.querySelectorAll<SVGElement>('[data-tip]')];
  const rows = [...panel.querySelectorAll<HTMLElement>('tr[data-region]')];

  const show = (target: SVGElement, pointer?: MouseEvent) => {
    targets.forEach((t) => t.classList.toggle('is-active', t === target));
    rows.forEach((r) => r.classList.toggle('is-active', r.dataset.region === target.dataset.region));
    tip.textContent = target.dataset.tip ?? '';
    tip.hidden = false;
    const box = canvas.getBoundingClientRect();
    const label = target.dataset.key
      ? panel.querySelector<SVGGraphicsElement>(`[data-label-for="${CSS.escape(target.dataset.key)}"]`)
      : null;
    const labelBox = label?.getBoundingClientRect();
    // The box to keep clear: the region's label when it shows, else the point (with its label) or the pointer.
    const avoidBox =
      labelBox && labelBox.width > 0
        ? labelBox
        : pointer && !target.matches('.ipec-chart-point')
          ? new DOMRect(pointer.clientX - 8, pointer.clientY - 8, 16, 16)
          : target.getBoundingClientRect();
    const rel = {
      left: avoidBox.left - box.left,
      right: avoidBox.right - box.left,
      top: avoidBox.top - box.top,
      bottom: avoidBox.bottom - box.top,
    };
    const { left, top } = tooltipPosition(
      rel,
      { width: tip.offsetWidth, height: tip.offsetHeight },
      { width: box.width },
      avoidBox.top,
      pointer ? pointer.clientX - box.left : undefined,
    );
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  };
  const hide = () => {
    tip.hidden = true;
    targets.forEach((t) => t.classList.remove('is-active'));
    rows.forEach((r) => r.classList.remove('is-active'));
  };

  targets.forEach((target, i) => {
    target.addEventListener('focus', () => show(target));
    target.addEventListener('blur', hide);
    target.addEventListener('mousemove', (e) => show(target, e));
    target.addEventListener('mouseleave', hide);
    target.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') return hide();
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
      if (!step) return;
      e.preventDefault();
      const next = targets[(i + step + targets.length) % targets.length];
      // One tab stop per group: the focused item takes it.
      if (target.closest('[data-roving]')) {
        target.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
      }
      next.focus();
    });
  });
}

async function downloadPng(button: HTMLButtonElement) {
  // The SVG file is on this site, so the canvas stays readable (and the page's CSP allows it).
  const image = new Image();
  await new Promise((done, fail) => {
    image.onload = done;
    image.onerror = fail;
    image.src = button.dataset.svg!;
  });
  // Twice the SVG's size, for sharp text on high-density screens and in documents.
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = button.dataset.name ?? 'chart.png';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function matches(panel: HTMLElement, params: URLSearchParams, keys: string[]): boolean {
  const own = new URLSearchParams(panel.dataset.query ?? '');
  return keys.every((k) => !params.has(k) || own.get(k) === params.get(k)) && keys.some((k) => params.has(k));
}

/** The panel and view the address asks for; the first panel (most recent) and the graphic otherwise. */
/** The state the address names, or else the one the page marks as the chart's opening state. */
function stateFromAddress(figure: Figure): { panel: string; view: View } {
  const params = new URLSearchParams(location.search);
  const keys = figure.keys ?? [];
  const panel = figure.panels.find((p) => matches(p, params, keys))?.dataset.panel ?? figure.opening;
  return { panel, view: params.get('view') === 'table' ? 'table' : 'graphic' };
}

function addressFor(figure: Figure, panelId: string, view: View): string {
  const params = new URLSearchParams(location.search);
  for (const k of figure.keys ?? []) params.delete(k);
  params.delete('view');
  const panel = figure.panels.find((p) => p.dataset.panel === panelId);
  new URLSearchParams(panel?.dataset.query ?? '').forEach((v, k) => params.set(k, v));
  if (view === 'table') params.set('view', 'table');
  const q = params.toString();
  return `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
}

function setupFigure(root: HTMLElement): Figure | undefined {
  const controls = root.querySelector<HTMLElement>('.ipec-map-controls');
  const panels = [...root.querySelectorAll<HTMLElement>('.ipec-map-panel')];
  if (!controls || panels.length === 0) return undefined;
  controls.hidden = false;
  root.dataset.enhanced = '';
  const stateRadios = [...root.querySelectorAll<HTMLInputElement>('.ipec-map-switch:not(.ipec-map-views) input')];
  const viewRadios = [...root.querySelectorAll<HTMLInputElement>('.ipec-map-views input')];
  const keys =
    root.dataset.urlState === undefined ? undefined : root.dataset.urlState.split(' ').filter((k) => k && k !== 'none');
  const figure: Figure = {
    root,
    panels,
    keys,
    // The page checks the opening state's radio (not always the first: see ChartModel.opensOn).
    opening: stateRadios.find((r) => r.checked)?.value ?? panels[0].dataset.panel!,
    show(panelId, view) {
      panels.forEach((p) => (p.hidden = p.dataset.panel !== panelId));
      stateRadios.forEach((r) => (r.checked = r.value === panelId));
      viewRadios.forEach((r) => (r.checked = r.value === view));
      root.querySelectorAll<HTMLElement>('.ipec-view-graphic').forEach((v) => (v.hidden = view !== 'graphic'));
      root.querySelectorAll<HTMLElement>('.ipec-view-table').forEach((v) => (v.hidden = view !== 'table'));
    },
  };
  const current = () => ({
    panel: stateRadios.find((r) => r.checked)?.value ?? panels[0].dataset.panel!,
    view: (viewRadios.find((r) => r.checked)?.value ?? 'graphic') as View,
  });
  const change = () => {
    const { panel, view } = current();
    figure.show(panel, view);
    if (keys) history.pushState(null, '', addressFor(figure, panel, view));
  };
  [...stateRadios, ...viewRadios].forEach((r) => r.addEventListener('change', change));
  const start = keys ? stateFromAddress(figure) : { panel: figure.opening, view: 'graphic' as View };
  figure.show(start.panel, start.view);
  panels.forEach(setupTooltips);
  root.querySelectorAll<HTMLElement>('.ipec-png').forEach((item) => (item.hidden = false));
  root
    .querySelectorAll<HTMLButtonElement>('.ipec-png-button')
    .forEach((b) => b.addEventListener('click', () => void downloadPng(b)));
  return figure;
}

/** YYYY-MM-DD of a date in the reader's time zone. */
const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function setupCitations() {
  const today = new Date();
  const words = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'long' }).format(
    today,
  );
  document.querySelectorAll<HTMLTimeElement>('time.ipec-accessed').forEach((time) => {
    time.dateTime = isoDay(today);
    time.textContent = words;
  });
  document.querySelectorAll<HTMLButtonElement>('button.ipec-copy').forEach((button) => {
    const source = document.getElementById(button.dataset.copy ?? '');
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    const label = button.textContent;
    button.addEventListener('click', async () => {
      const text = source instanceof HTMLTextAreaElement ? source.value : (source.textContent ?? '');
      await navigator.clipboard.writeText(text.replace(/\s+/g, ' ').trim());
      button.textContent = button.dataset.copied ?? label;
      setTimeout(() => (button.textContent = label), 2000);
    });
  });
}

export function enhanceCharts() {
  setupCitations();
  const figures = [...document.querySelectorAll<HTMLElement>('[data-ipec-map]')].flatMap(
    (root) => setupFigure(root) ?? [],
  );
  window.addEventListener('popstate', () => {
    for (const figure of figures.filter((f) => f.keys)) {
      const { panel, view } = stateFromAddress(figure);
      figure.show(panel, view);
    }
  });
}
