import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dashboardQueries, MONITORING } from '../test/node/monitoring-files.ts';
import { promtool } from '../test/node/prometheus.ts';
import { createServerMetrics } from './server-metrics.ts';

/**
 * docs/monitoring/ against the real promtool and against what the server exports: the alert
 * rules' unit tests pass, every dashboard query parses, and no rule or panel names a metric
 * the server does not have (valid PromQL over a misspelt name is an empty panel forever).
 */

/** Sample names a scrape of the server can hold: its registry's families, histograms expanded. */
async function exportedNames(): Promise<Set<string>> {
  const metrics = createServerMetrics();
  metrics.registerInventory({
    read: () => ({
      latestRun: null,
      collector: {
        intervalSeconds: 900,
        runs: { success: 0, partial: 0, failure: 0 },
        lastRunSeconds: null,
        lastSuccess: [],
      },
    }),
  });
  const names = new Set(['up']);
  for (const [, name, type] of (await metrics.registry.metrics()).matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    if (!name) continue;
    names.add(name);
    if (type === 'histogram')
      for (const suffix of ['_bucket', '_sum', '_count']) names.add(`${name}${suffix}`);
  }
  return names;
}

// A bound for promtool, not a measure: a week of samples on a loaded 2-core machine.
const PROMTOOL_MS = 60_000;

const NAMES = /\b(?:scp|process|nodejs)_[a-z0-9_]+\b|\bup\b(?=\{)/g;

describe('docs/monitoring', () => {
  it(
    'alert rules: promtool finds them valid and their unit tests pass, each rule firing and not',
    async () => {
      const check = await promtool(['check', 'rules', 'alerts.yml'], MONITORING);
      const test = await promtool(['test', 'rules', 'alerts.test.yml', 'alerts-weekly.test.yml'], MONITORING);

      expect(check, check.output).toMatchObject({ code: 0 });
      expect(test, test.output).toMatchObject({ code: 0 });
      expect(test.output.match(/SUCCESS/g)).toHaveLength(2);
      const rules =
        (await readFile(join(MONITORING, 'alerts.yml'), 'utf8')).match(/^ {6}- alert: (\w+)$/gm) ?? [];
      const tests = await readFile(join(MONITORING, 'alerts.test.yml'), 'utf8');
      const weekly = await readFile(join(MONITORING, 'alerts-weekly.test.yml'), 'utf8');
      for (const rule of rules.map((line) => line.split(': ')[1] as string)) {
        const cases = `${tests}\n${weekly}`.split(`alertname: ${rule}\n`).slice(1);
        expect(
          cases.some((c) => /^\s+exp_alerts: \[\]/.test(c)),
          `${rule} not firing`,
        ).toBe(true);
        expect(
          cases.some((c) => /^\s+exp_alerts:\n\s+- exp_labels/.test(c)),
          `${rule} firing`,
        ).toBe(true);
      }
    },
    PROMTOOL_MS,
  );

  it(
    'Grafana dashboard: every query parses as PromQL',
    async () => {
      const queries = await dashboardQueries();
      const dir = await mkdtemp(join(tmpdir(), 'scp-dashboard-'));
      try {
        const rules = queries.map(
          (q, i) => `      - record: dashboard:query_${i}\n        expr: ${JSON.stringify(q.expr)}`,
        );
        await writeFile(
          join(dir, 'queries.yml'),
          `groups:\n  - name: dashboard\n    rules:\n${rules.join('\n')}\n`,
        );

        const check = await promtool(['check', 'rules', 'queries.yml'], dir);

        expect(queries.length).toBeGreaterThan(20);
        expect(check, check.output).toMatchObject({ code: 0 });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    PROMTOOL_MS,
  );

  it('names only metrics the server exports, in the rules and on the dashboard', async () => {
    const exported = await exportedNames();
    const alerts = await readFile(join(MONITORING, 'alerts.yml'), 'utf8');
    const queries = (await dashboardQueries()).map((q) => q.expr).join('\n');

    const named = new Set([...alerts.matchAll(NAMES), ...queries.matchAll(NAMES)].map(([name]) => name));

    expect([...named].filter((name) => !exported.has(name))).toEqual([]);
    expect(named).toContain('scp_upstream_request_duration_seconds_bucket');
    expect(named).toContain('scp_volumes');
  });
});
