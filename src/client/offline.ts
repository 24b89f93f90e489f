/**
 * Registers the service worker (src/client/service-worker.ts, built to <base>sw.js) with its scope at
 * the base path, and drives the "Save this site for offline use" control and the notice
 * (src/components/OfflineControl.astro): the size of the page's language before saving, progress while
 * saving, and a notice when the reader is offline or a new version is ready. Browsers without service
 * workers, and readers with JavaScript off, see none of it.
 */
import { basePrefix } from '../core/base';
import { interpolate } from '../i18n/interpolate';
import { formatMegabytes, OFFLINE_SIZES_FILE, SERVICE_WORKER_FILE, type OfflineReport } from '../offline/names';
import type { Lang } from '../core/locales';

interface OfflineStrings {
  size: string;
  progress: string;
  saved: string;
  failed: string;
  unavailable: string;
}

const control = document.querySelector<HTMLDetailsElement>('details[data-offline]');
const notice = document.querySelector<HTMLElement>('[data-offline-notice]');

if (control && notice && 'serviceWorker' in navigator && import.meta.env.PROD) {
  const base = `${basePrefix(import.meta.env.BASE_URL)}/`;
  const lang = control.dataset.lang as Lang;
  const locale = control.dataset.locale ?? lang;
  const strings = JSON.parse(control.dataset.strings ?? '{}') as OfflineStrings;
  const size = control.querySelector<HTMLElement>('[data-offline-size]')!;
  const start = control.querySelector<HTMLButtonElement>('[data-offline-start]')!;
  const progress = control.querySelector<HTMLProgressElement>('progress')!;
  const status = control.querySelector<HTMLElement>('[data-offline-status]')!;
  const offlineMessage = notice.querySelector<HTMLElement>('[data-offline-message="offline"]')!;
  const updateMessage = notice.querySelector<HTMLElement>('[data-offline-message="update"]')!;
  let reloading = false;
  /** Whether this page started a save that has not ended: progress that arrives after the end is stale. */
  let saving = false;

  const registration = navigator.serviceWorker.register(`${base}${SERVICE_WORKER_FILE}`, { scope: base });
  control.hidden = false;

  const showNotice = () => {
    offlineMessage.hidden = navigator.onLine;
    notice.hidden = offlineMessage.hidden && updateMessage.hidden;
  };
  addEventListener('online', showNotice);
  addEventListener('offline', showNotice);
  showNotice();

  // A new build's worker has installed while an older one controls the page: offer to switch.
  const offerUpdate = (worker: ServiceWorker) => {
    updateMessage.hidden = false;
    showNotice();
    updateMessage.querySelector('button')!.addEventListener('click', () => {
      reloading = true;
      worker.postMessage({ type: 'skip-waiting' });
    });
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  void registration.then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) offerUpdate(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
      });
    });
  });

  // Announced at each quarter only: a live region updated for every file would drown a screen reader.
  let announced = -1;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<OfflineReport>) => {
    const report = event.data;
    if (report.type === 'status' && report.saved.includes(lang)) status.textContent = strings.saved;
    if (!('lang' in report) || report.lang !== lang) return;
    if (report.type === 'progress' && saving) {
      const percent = Math.floor((report.done / report.total) * 100);
      progress.hidden = false;
      progress.value = percent;
      if (Math.floor(percent / 25) > announced) {
        announced = Math.floor(percent / 25);
        status.textContent = interpolate(strings.progress, { percent }, locale);
      }
    } else if (report.type === 'saved' || report.type === 'save-failed') {
      saving = false;
      progress.hidden = true;
      start.disabled = false;
      status.textContent = report.type === 'saved' ? strings.saved : strings.failed;
    }
  });
  navigator.serviceWorker.startMessages();

  // The size is fetched when the reader opens the control, never on page load.
  control.addEventListener('toggle', async () => {
    if (!control.open || !size.hidden) return;
    try {
      const response = await fetch(`${base}${OFFLINE_SIZES_FILE}`, { cache: 'no-cache' });
      const sizes = (await response.json()) as Record<Lang, { bytes: number; files: number }>;
      size.textContent = interpolate(strings.size, { size: formatMegabytes(sizes[lang].bytes, locale) }, locale);
      size.hidden = false;
      start.disabled = false;
    } catch {
      status.textContent = strings.unavailable;
    }
    (await navigator.serviceWorker.ready).active?.postMessage({ type: 'status' });
  });

  start.addEventListener('click', async () => {
    start.disabled = true;
    saving = true;
    announced = -1;
    (await navigator.serviceWorker.ready).active?.postMessage({ type: 'save', lang });
  });
}
