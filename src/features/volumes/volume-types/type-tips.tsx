import { useQueryClient, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { regionQueries } from '../api/region-queries.ts';
import { statusQueries } from '../api/volume-queries.ts';
import type { VolumesTableInstance } from '../table/use-volumes-table.ts';
import { TypeFacts } from './type-facts.tsx';
import { TIP_CLASS, TIP_GRACE_MS, tipPosition } from './tip-style.ts';
import { useVolumeType } from './use-volume-type.ts';

const COLUMN = 'volume_type';

interface Anchor {
  rowId: string;
  row: HTMLTableRowElement;
  cell: HTMLTableCellElement;
  /** A tip shown for a focused row describes it (aria-describedby) until focus moves on. */
  via: 'pointer' | 'focus';
}

/**
 * The type column's descriptions, on hover of a type cell and on keyboard focus of a row (the
 * row is the keyboard's stop, roving-row.ts): one tip for the whole table, listening on the
 * document, so the first table's cells stay plain text and this ships with the lazy chrome.
 * Escape hides it; the pointer may rest on it. The region's type list is read once per
 * session (regionQueries.volumeTypes), as soon as the table is on screen.
 */
export function TypeTips({
  table,
  region,
}: {
  table: VolumesTableInstance;
  /** The table's region filter: where rows of a one-region list (which name none) live. */
  region: string | null;
}) {
  const tipId = useId();
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const queryClient = useQueryClient();
  const status = useQuery(statusQueries.current());
  const regions = status.data?.regions;
  // The listeners read the current columns through this, so a new table instance does not
  // re-register them (and forget which input moved the focus last).
  const tableRef = useRef(table);
  useEffect(() => {
    tableRef.current = table;
  }, [table]);

  useEffect(() => {
    for (const region of regions ?? []) void queryClient.prefetchQuery(regionQueries.volumeTypes(region));
  }, [regions, queryClient]);

  useEffect(() => {
    let hide: ReturnType<typeof setTimeout> | undefined;
    // A row focused by a click opens the drawer: only the keyboard's focus gets a tip.
    let keyboard = false;
    const typeCell = (row: HTMLTableRowElement) => {
      const index = tableRef.current.getVisibleLeafColumns().findIndex((column) => column.id === COLUMN);
      return index === -1 ? undefined : row.cells[index];
    };
    const rowOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLTableRowElement>('tr[data-row-id]') : null;
    const show = (next: Anchor) => {
      clearTimeout(hide);
      setAnchor((current) => (current?.cell === next.cell && current.via === next.via ? current : next));
    };
    const later = () => {
      clearTimeout(hide);
      hide = setTimeout(
        () => setAnchor((current) => (current?.via === 'pointer' ? null : current)),
        TIP_GRACE_MS,
      );
    };
    const onOver = (event: PointerEvent) => {
      if (event.target instanceof Node && document.getElementById(tipId)?.contains(event.target)) {
        clearTimeout(hide);
        return;
      }
      const row = rowOf(event.target);
      const cell = row ? typeCell(row) : undefined;
      if (row?.dataset.rowId && cell && cell.contains(event.target as Node)) {
        show({ rowId: row.dataset.rowId, row, cell, via: 'pointer' });
      } else later();
    };
    const onFocusIn = (event: FocusEvent) => {
      const row = event.target instanceof HTMLTableRowElement ? event.target : null;
      const cell = row ? typeCell(row) : undefined;
      if (row?.dataset.rowId && cell && keyboard) show({ rowId: row.dataset.rowId, row, cell, via: 'focus' });
      else setAnchor((current) => (current?.via === 'focus' ? null : current));
    };
    const onKey = (event: KeyboardEvent) => {
      keyboard = true;
      if (event.key === 'Escape') setAnchor(null);
    };
    const onPointerDown = () => {
      keyboard = false;
    };
    const onScroll = () => setAnchor(null);
    document.addEventListener('pointerover', onOver);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('scroll', onScroll, true);
    return () => {
      clearTimeout(hide);
      document.removeEventListener('pointerover', onOver);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('scroll', onScroll, true);
    };
  }, [tipId]);

  // The focused row is described by the tip while it shows (a screen reader reads it after the row).
  useEffect(() => {
    if (anchor?.via !== 'focus') return;
    const { row } = anchor;
    row.setAttribute('aria-describedby', tipId);
    return () => row.removeAttribute('aria-describedby');
  }, [anchor, tipId]);

  const volume = anchor
    ? table.getRowModel().rows.find((row) => row.id === anchor.rowId)?.original
    : undefined;
  const lookup = useVolumeType(
    volume?.region ?? region ?? undefined,
    { id: volume?.volume_type_id, name: volume?.volume_type },
    { enabled: volume !== undefined },
  );
  if (!anchor || !volume?.volume_type || !anchor.cell.isConnected) return null;
  const style = tipPosition(anchor.cell.getBoundingClientRect());
  // Fixed to the viewport, so it needs no portal: no ancestor of the toolbar transforms.
  return (
    <div id={tipId} role="tooltip" className={TIP_CLASS} style={style}>
      <span className="block font-medium">{volume.volume_type}</span>
      <TypeFacts lookup={lookup} />
    </div>
  );
}
