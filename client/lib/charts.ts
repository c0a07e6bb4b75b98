// chart.js, loaded only by the pages that draw charts (a dynamic import: its own chunk, outside the first load),
// with just the parts those charts use registered.
import type { Chart as ChartType } from 'chart.js';

let loading: Promise<typeof ChartType> | undefined;

export function loadChart(): Promise<typeof ChartType> {
  loading ??= import('chart.js').then(({ Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
    Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);
    return Chart;
  });
  return loading;
}

/** Saves text as a file through a temporary link (the download attribute names it). */
export function saveFile(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
