// Makes Tailwind 4 CSS work inside a shadow root without writing anything into the host page.
// @property rules are ignored inside shadow roots; WXT would move them into a <style> in the site's
// document. Instead their initial values become plain declarations on every element of our tree.
const PROPERTY_RULE = /@property\s+(--[\w-]+)\s*\{([^{}]*)\}/g;
const INITIAL_VALUE = /initial-value\s*:\s*([^;]*)/;

export function toShadowCss(css: string): string {
  const defaults: string[] = [];
  const rest = css.replace(PROPERTY_RULE, (_rule, name: string, body: string) => {
    const initial = INITIAL_VALUE.exec(body)?.[1]?.trim();
    if (initial !== undefined && initial !== '') defaults.push(`${name}:${initial}`);
    return '';
  });
  const rootDefaults = defaults.length ? `*,::before,::after,::backdrop{${defaults.join(';')}}` : '';
  // Our defaults come first, so any utility that sets one of these variables still wins.
  return rootDefaults + rest;
}
