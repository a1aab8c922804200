import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** docs/monitoring/: the alert rules, their tests and the Grafana dashboard. */
export const MONITORING = resolve(import.meta.dirname, '../../../docs/monitoring');

interface Dashboard {
  panels: { title: string; type: string; targets?: { expr: string }[] }[];
  templating: { list: { name: string; query?: { query: string } }[] };
}

/** Grafana's variables as a query sees them with every region chosen. */
const withVariables = (expr: string): string =>
  expr.replaceAll('$region', '.*').replaceAll('$__rate_interval', '1m').replaceAll('$__range', '1d');

/** Every PromQL expression of the Grafana dashboard, its variables filled in. */
export async function dashboardQueries(): Promise<{ title: string; expr: string }[]> {
  const dashboard = JSON.parse(
    await readFile(join(MONITORING, 'grafana-dashboard.json'), 'utf8'),
  ) as Dashboard;
  const panels = dashboard.panels.flatMap((panel) =>
    (panel.targets ?? []).map((target) => ({ title: panel.title, expr: withVariables(target.expr) })),
  );
  // The region picker's label_values(selector, region): its selector is PromQL too.
  const variables = dashboard.templating.list.flatMap((variable) => {
    const selector = /^label_values\((.*), *\w+\)$/.exec(variable.query?.query ?? '')?.[1];
    return selector ? [{ title: `variable ${variable.name}`, expr: selector }] : [];
  });
  return [...panels, ...variables];
}
