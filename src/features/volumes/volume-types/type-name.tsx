import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { TypeFacts } from './type-facts.tsx';
import { TIP_CLASS, TIP_GRACE_MS, tipPosition } from './tip-style.ts';
import { useVolumeType } from './use-volume-type.ts';

/**
 * A volume type's name that tells what the type is: its description and whether it allows
 * multi-attach, on hover and on keyboard focus (it is a Tab stop), read to screen readers as
 * its description. Escape hides the tip; the pointer may rest on it.
 */
export function TypeName({ name, region }: { name: string; region?: string | undefined }) {
  const tipId = useId();
  // The facet adds up every region the filters cover: described as the first lists the type.
  const lookup = useVolumeType(region, { name }, { firstIfSeveral: true });
  const [position, setPosition] = useState<CSSProperties | null>(null);
  const hide = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(hide.current), []);

  const show = (element: Element) => {
    clearTimeout(hide.current);
    setPosition(tipPosition(element.getBoundingClientRect()));
  };
  const later = () => {
    clearTimeout(hide.current);
    hide.current = setTimeout(() => setPosition(null), TIP_GRACE_MS);
  };
  return (
    <>
      <span
        tabIndex={0}
        aria-describedby={tipId}
        onPointerEnter={(event) => show(event.currentTarget)}
        onPointerLeave={later}
        onFocus={(event) => show(event.currentTarget)}
        onBlur={() => setPosition(null)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && position) {
            event.stopPropagation();
            setPosition(null);
          }
        }}
        className="rounded-sm underline decoration-zinc-400 decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-500"
      >
        {name}
      </span>
      <span
        id={tipId}
        role="tooltip"
        hidden={position === null}
        onPointerEnter={() => clearTimeout(hide.current)}
        onPointerLeave={later}
        className={TIP_CLASS}
        style={position ?? undefined}
      >
        <TypeFacts lookup={lookup} />
      </span>
    </>
  );
}
