// The Listen First mark: a speech bubble with sound waves, i.e. listening before speaking.
// Same drawing as public/icon/icon.svg, from which the PNG icons are rendered.
export function Logo({ size = 24, label }: { size?: number; label?: string }) {
  // Decorative next to the product name (aria-hidden); a named image where it stands alone.
  return (
    <svg width={size} height={size} viewBox="0 0 128 128" aria-hidden={label ? undefined : true} role="img">
      <title>{label ?? 'Listen First'}</title>
      <rect width="128" height="128" rx="28" fill="#0f766e" />
      <path
        d="M30 34h68a10 10 0 0 1 10 10v36a10 10 0 0 1-10 10H62l-20 16v-16H30a10 10 0 0 1-10-10V44a10 10 0 0 1 10-10z"
        fill="#fff"
      />
      <path
        d="M52 52a14 14 0 0 1 0 20M64 46a22 22 0 0 1 0 32M76 40a30 30 0 0 1 0 44"
        fill="none"
        stroke="#0f766e"
        strokeWidth="6"
        strokeLinecap="round"
      />
    </svg>
  );
}
