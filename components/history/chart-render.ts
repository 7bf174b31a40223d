// Chart.js, loaded only when the charts are drawn (a dynamic import), with just the parts bar charts need.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  data: number[];
  /** One colour, or one per bar. */
  color: string | string[];
}

export interface BarChartSpec {
  labels: string[];
  series: BarSeries[];
  stacked: boolean;
  yTitle: string;
}

/** Draws into the canvas and returns the cleanup; no animation, so the numbers are there when the page is. */
export function drawBarChart(canvas: HTMLCanvasElement, spec: BarChartSpec): () => void {
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color, borderWidth: 0 })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: spec.series.length > 1, position: 'bottom' } },
      scales: {
        x: { stacked: spec.stacked, grid: { display: false } },
        y: {
          stacked: spec.stacked,
          beginAtZero: true,
          ticks: { precision: 0 },
          title: { display: true, text: spec.yTitle },
        },
      },
    },
  });
  return () => chart.destroy();
}
