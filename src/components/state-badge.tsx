import { stateTone, type StateTone } from './state-tone.ts';

const toneClasses: Record<StateTone, string> = {
  ok: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20 dark:bg-emerald-500/10 dark:text-emerald-300 dark:ring-emerald-400/30',
  busy: 'bg-amber-50 text-amber-800 ring-amber-600/20 dark:bg-amber-500/10 dark:text-amber-300 dark:ring-amber-400/30',
  error: 'bg-red-50 text-red-700 ring-red-600/20 dark:bg-red-500/10 dark:text-red-300 dark:ring-red-400/30',
  neutral:
    'bg-zinc-100 text-zinc-700 ring-zinc-500/20 dark:bg-zinc-500/10 dark:text-zinc-300 dark:ring-zinc-400/30',
};

// Still, on purpose: one endless pulse per busy row kept the browser repainting the table, about
// a sixth of a CPU core while the page sat idle. A hollow ring sets busy apart from the filled
// dots by shape as well as colour, and the label names the state.
const dotClasses: Record<StateTone, string> = {
  ok: 'bg-emerald-500',
  busy: 'ring-[1.5px] ring-inset ring-amber-500',
  error: 'bg-red-500',
  neutral: 'bg-zinc-400',
};

/**
 * A volume state as a coloured badge. `label` is the translated name; the raw API value is
 * kept in `title` and `data-state` so operators can always see what SCP actually sent. `tone`
 * is for states of something else (a snapshot's), which volume states do not classify.
 */
export function StateBadge({
  state,
  label,
  tone = stateTone(state),
}: {
  state: string;
  label: string;
  tone?: StateTone;
}) {
  return (
    <span
      data-state={state}
      title={label === state ? undefined : state}
      className={`inline-flex items-center gap-1.5 rounded-md px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${toneClasses[tone]}`}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full ${dotClasses[tone]}`} />
      {label}
    </span>
  );
}
