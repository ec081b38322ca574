import type { SVGProps } from 'react';

/**
 * The few icons the shell needs, as inline SVG (no icon font or package to load). Icons are
 * decorative (`aria-hidden`); the control carrying one has its own label. Arrows that point "forward"
 * take `mirror` so they flip in right-to-left layouts; symbols like the globe or an external link do not.
 */
type IconProps = SVGProps<SVGSVGElement> & { size?: number; mirror?: boolean };

function Icon({ size = 18, mirror, children, style, ...rest }: IconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={mirror ? 'icon-mirror' : undefined}
      style={style}
      {...rest}
    >
      {children}
    </svg>
  );
}

/** Magnifier. */
export function SearchIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="11" cy="11" r="6.5" />
      <path d="m20 20-4.2-4.2" />
    </Icon>
  );
}

/** Globe, for the language menu. */
export function GlobeIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3Z" />
    </Icon>
  );
}

/** Calendar page. */
export function CalendarIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="3.5" y="5" width="17" height="15" rx="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4" />
    </Icon>
  );
}

/** Person silhouette, for the account menu. */
export function UserIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c1.2-4 4.4-6 8-6s6.8 2 8 6" />
    </Icon>
  );
}

/** Box with an arrow leaving it: a link to another site. Never mirrored. */
export function ExternalIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
    </Icon>
  );
}

/** Plus sign. */
export function PlusIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M12 5v14M5 12h14" />
    </Icon>
  );
}

/** Chevron pointing forward in reading order (mirrored in RTL). */
export function ChevronIcon(props: IconProps) {
  return (
    <Icon mirror {...props}>
      <path d="m9 6 6 6-6 6" />
    </Icon>
  );
}
