// Three charts over the chosen period: tone of others' comments per day, the user's posts per day, and reply
// times against the 30-minute and 24-hour marks. Each has a text summary and a table, for screen readers too.
import { useEffect, useRef } from 'react';
import { type HistoryStats, REPLY_BINS_MIN, REPLY_MARKS } from '../../lib/db/stats';
import type { Translate, UiLanguage } from '../../lib/i18n';
import type { BarChartSpec } from './chart-render';
import { shortDay } from './format';

export interface HistoryChartsProps {
  t: Translate;
  lang: UiLanguage;
  stats: HistoryStats | null;
  /** "last 30 days" or the filter's dates, already in words. */
  period: string;
}

const TONE_COLORS = { positive: '#059669', neutral: '#9ca3af', negative: '#e11d48' };
const POST_COLORS = { clean: '#0f766e', edited: '#0284c7', anyway: '#d97706' };
const MARK_COLORS = { fast: '#059669', day: '#d97706', late: '#e11d48' };

export function HistoryCharts({ t, lang, stats, period }: HistoryChartsProps) {
  if (!stats) {
    return (
      <p role="status" className="mb-6 text-gray-600">
        {t('history.charts.loading')}
      </p>
    );
  }
  const days = stats.tones.map((d) => shortDay(lang, d.day));
  const toneSpec = stackedPerDay(
    days,
    stats.tones,
    TONE_COLORS,
    (tone) => t(`history.tone.${tone}`),
    t('history.charts.comments'),
  );
  const postSpec = stackedPerDay(
    days,
    stats.posts,
    POST_COLORS,
    (outcome) => t(`history.action.${outcome}`),
    t('history.charts.posts'),
  );
  const binLabels = binNames(t);
  const replySpec: BarChartSpec = {
    labels: binLabels,
    stacked: false,
    yTitle: t('history.charts.replies'),
    series: [
      {
        label: t('history.charts.replies'),
        data: stats.replies.bins,
        color: stats.replies.bins.map((_, i) => markColor(REPLY_BINS_MIN[i])),
      },
    ],
  };
  const r = stats.replies;
  const percent = (n: number) => (r.total ? Math.round((n / r.total) * 100) : 0);
  const sum = <R,>(rows: R[], keys: (keyof R)[]) =>
    rows.reduce((total, row) => total + keys.reduce((s, k) => s + Number(row[k]), 0), 0);
  return (
    <section className="mb-6 grid gap-4 lg:grid-cols-3" aria-label={t('history.charts')}>
      <ChartFigure
        title={t('history.charts.tone')}
        summary={t('history.charts.toneSummary', {
          period,
          total: sum(stats.tones, ['positive', 'neutral', 'negative']),
          negative: sum(stats.tones, ['negative']),
        })}
        spec={toneSpec}
        t={t}
      />
      <ChartFigure
        title={t('history.charts.postsPerDay')}
        summary={t('history.charts.postsSummary', {
          period,
          total: sum(stats.posts, ['clean', 'edited', 'anyway']),
          anyway: sum(stats.posts, ['anyway']),
        })}
        spec={postSpec}
        t={t}
      />
      <ChartFigure
        title={t('history.charts.replyTimes')}
        summary={
          r.total
            ? t('history.charts.replySummary', {
                total: r.total,
                fast: percent(r.within30),
                day: percent(r.within24h),
                median: r.median ?? 0,
              })
            : t('history.charts.noReplies')
        }
        spec={replySpec}
        t={t}
        legend={t('history.charts.replyLegend')}
      />
    </section>
  );
}

/** One stacked series per key of `colors`, in its order, over the days. */
function stackedPerDay<K extends string>(
  days: string[],
  rows: readonly Record<NoInfer<K>, number>[],
  colors: Record<K, string>,
  labelOf: (key: NoInfer<K>) => string,
  yTitle: string,
): BarChartSpec {
  const keys = Object.keys(colors) as K[];
  return {
    labels: days,
    stacked: true,
    yTitle,
    series: keys.map((key) => ({ label: labelOf(key), data: rows.map((row) => row[key]), color: colors[key] })),
  };
}

/** A reply bar's colour by its upper bound against the marks; the last bar (no bound) is past both. */
function markColor(boundMinutes: number | undefined): string {
  if (boundMinutes !== undefined && boundMinutes * 60_000 <= REPLY_MARKS.fast) return MARK_COLORS.fast;
  if (boundMinutes !== undefined && boundMinutes * 60_000 <= REPLY_MARKS.day) return MARK_COLORS.day;
  return MARK_COLORS.late;
}

function binNames(t: Translate): string[] {
  const label = (minutes: number) =>
    minutes < 60
      ? t('history.unit.min', { n: minutes })
      : minutes < 1440
        ? t('history.unit.h', { n: minutes / 60 })
        : t('history.unit.d', { n: minutes / 1440 });
  return [
    ...REPLY_BINS_MIN.map((m) => `≤ ${label(m)}`),
    `> ${label(REPLY_BINS_MIN[REPLY_BINS_MIN.length - 1] as number)}`,
  ];
}

function ChartFigure(props: { title: string; summary: string; spec: BarChartSpec; t: Translate; legend?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { spec } = props;
  const specJson = JSON.stringify(spec);
  // biome-ignore lint/correctness/useExhaustiveDependencies: redraw when the data (specJson) changes, not on every render
  useEffect(() => {
    let cleanup: (() => void) | undefined;
    let alive = true;
    void import('./chart-render').then(({ drawBarChart }) => {
      if (!alive || !canvas.current) return;
      cleanup = drawBarChart(canvas.current, spec);
      // The benchmark's "charts drawn" is the last of these (performance marks cost nothing).
      performance.mark('lf-history-chart-drawn');
    });
    return () => {
      alive = false;
      cleanup?.();
    };
  }, [specJson]);
  return (
    <figure className="rounded-xl bg-white p-4 ring-1 ring-gray-200" data-lf-chart>
      <figcaption className="mb-1 font-semibold text-gray-900">{props.title}</figcaption>
      <p className="mb-2 text-xs text-gray-600">{props.summary}</p>
      <div className="relative h-48">
        <canvas ref={canvas} role="img" aria-label={`${props.title}: ${props.summary}`} />
      </div>
      {props.legend ? <p className="mt-2 text-xs text-gray-600">{props.legend}</p> : null}
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer text-gray-700">{props.t('history.charts.table')}</summary>
        <table className="mt-1 w-full text-left">
          <thead>
            <tr>
              <th scope="col" className="pr-2 font-medium">
                {props.t('history.charts.label')}
              </th>
              {spec.series.map((s) => (
                <th key={s.label} scope="col" className="pr-2 font-medium">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spec.labels.map((label, i) => (
              <tr key={label}>
                <th scope="row" className="pr-2 font-normal">
                  {label}
                </th>
                {spec.series.map((s) => (
                  <td key={s.label} className="pr-2">
                    {s.data[i]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
