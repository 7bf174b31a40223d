// The shadow-root CSS transform keeps every rule and turns @property registrations into defaults.
import { describe, expect, it } from 'vitest';
import { toShadowCss } from './shadow-css';

const TAILWIND_LIKE = `.border{border-style:var(--tw-border-style);border-width:1px}
@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}
@property --tw-shadow{syntax:"*";inherits:false;initial-value:0 0 #0000}
@property --tw-ring-inset{syntax:"*";inherits:false}
.shadow{--tw-shadow:0 1px 3px 0 #0000001a;box-shadow:var(--tw-shadow)}`;

describe('toShadowCss', () => {
  const out = toShadowCss(TAILWIND_LIKE);
  it('removes every @property rule', () => expect(out).not.toContain('@property'));
  it('declares their initial values on every element', () => {
    expect(out.startsWith('*,::before,::after,::backdrop{--tw-border-style:solid;--tw-shadow:0 0 #0000}')).toBe(true);
  });
  it('keeps the other rules as they were', () => {
    expect(out).toContain('.border{border-style:var(--tw-border-style);border-width:1px}');
    expect(out).toContain('.shadow{--tw-shadow:0 1px 3px 0 #0000001a;box-shadow:var(--tw-shadow)}');
  });
  it('leaves CSS without @property unchanged', () => expect(toShadowCss('.a{color:red}')).toBe('.a{color:red}'));
});
