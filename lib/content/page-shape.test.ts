// The page shape serialiser: which parts of an element may be named, how runs collapse, what the saved file holds.
// The walk over a real page, and that nothing of a page's text reaches the report, run in Chromium
// (e2e/captures/shape-report.spec.ts); here elements are plain stand-ins with only what elementLine reads.
import { describe, expect, it } from 'vitest';
import {
  elementLine,
  type PageShape,
  pageShapeJson,
  renderShape,
  type ShapeNode,
  safeTestId,
  safeToken,
} from './page-shape';

/** An element as elementLine sees it: a tag and attributes, nothing else. */
function element(tag: string, attributes: Record<string, string> = {}): Element {
  const list = Object.entries(attributes).map(([name, value]) => ({ name, value }));
  return {
    localName: tag,
    attributes: list,
    getAttribute: (name: string) => attributes[name] ?? null,
    hasAttribute: (name: string) => Object.hasOwn(attributes, name),
  } as unknown as Element;
}

const node = (line: string, children: ShapeNode[] = [], cut = 0): ShapeNode => ({ line, children, cut });

describe('safeToken', () => {
  it.each([
    ['tweet', 'tweet'],
    ['cellInnerDiv', 'cellInnerDiv'],
    ['comment_list-item', 'comment_list-item'],
    ['listitem', 'listitem'],
  ])('keeps the site constant %s', (value, kept) => {
    expect(safeToken(value)).toBe(kept);
  });
  it.each([
    'tweet-1981398750557065646',
    'urn:li:activity:7265000000000000000',
    'https://x.com/someone',
    'Miriam Vogt',
    'user.name',
    '42',
    '',
    'a'.repeat(42),
  ])('drops %s, which may carry an id, URN, URL or name', (value) => {
    expect(safeToken(value)).toBeNull();
  });
});

describe('safeTestId', () => {
  const words = new Set(['lena', 'vogt', 'replies', 'tweet']);
  it('drops a test id whose later part is a word of the page (a handle in a link)', () => {
    expect(safeTestId('UserAvatar-Container-lena_vogt', words)).toBeNull();
    expect(safeTestId('comment-replies', words)).toBeNull();
  });
  it('keeps one-part ids and ids whose later parts the page does not use', () => {
    expect(safeTestId('tweet', words)).toBe('tweet');
    expect(safeTestId('Tweet-User-Avatar', words)).toBe('Tweet-User-Avatar');
    expect(safeTestId('SideNav_AccountSwitcher_Button', words)).toBe('SideNav_AccountSwitcher_Button');
  });
  it('drops what safeToken drops', () => {
    expect(safeTestId('commentList-urn:li:activity:7275000000000000001', new Set())).toBeNull();
  });
});

describe('elementLine', () => {
  it('names tag, role, test id and data/aria attribute names, never their values', () => {
    const line = elementLine(
      element('div', {
        role: 'article',
        'data-testid': 'tweet',
        'aria-label': 'Miriam Vogt wrote',
        'data-urn': 'urn:li:comment:(7265,7266)',
        class: 'css-175oi2r secret-class',
        id: 'comment-7266',
        href: 'https://example.com/private',
        title: 'Private title',
        contenteditable: 'true',
      }),
    );
    expect(line).toBe('div role=article testid=tweet @aria-label @data-urn editable href');
    for (const leak of ['Miriam', 'urn', 'css-', 'secret', '7266', 'example', 'Private', 'true'])
      expect(line.replace('@data-urn', '')).not.toContain(leak);
  });

  it('shows a question mark for a role outside ARIA and a test id that looks like it carries data', () => {
    expect(
      elementLine(element('div', { role: 'button Miriam', 'data-testid': 'UserAvatar-Container-miriam_v42' })),
    ).toBe('div role=button,? testid=?');
    expect(elementLine(element('a', { 'data-testid': 'UserAvatar-Container-miriam' }), new Set(['miriam']))).toBe(
      'a testid=?',
    );
  });

  it('cuts attribute names that could embed an id down to their prefix', () => {
    expect(elementLine(element('span', { 'data-v-3f2a1b': '', 'aria-x7': '', 'data-ok': '' }))).toBe(
      'span @aria-? @data-? @data-ok',
    );
  });

  it('says "element" for a tag name outside the usual shape', () => {
    expect(elementLine(element('Miriam Vogt'))).toBe('element');
  });
});

describe('renderShape', () => {
  it('indents children two spaces per level and marks cut children with …N', () => {
    const tree = node('body', [node('main role=main', [node('article')], 3)]);
    expect(renderShape(tree)).toEqual(['body', '  main role=main …3', '    article']);
  });

  it('collapses runs of siblings whose whole subtrees match into ×N, and only runs', () => {
    const comment = () => node('div role=article', [node('span')]);
    const tree = node('ul', [
      comment(),
      comment(),
      comment(),
      node('div role=article', [node('span'), node('a href')]),
      comment(),
      comment(),
    ]);
    expect(renderShape(tree)).toEqual([
      'ul',
      '  div role=article ×3',
      '    span',
      '  div role=article',
      '    span',
      '    a href',
      '  div role=article ×2',
      '    span',
    ]);
  });

  it('keeps siblings that differ deep down apart', () => {
    const tree = node('div', [node('li', [node('p', [node('b')])]), node('li', [node('p', [node('i')])])]);
    expect(renderShape(tree)).toHaveLength(7);
  });
});

describe('pageShapeJson', () => {
  const shape: PageShape = {
    format: 'listen-first/page-shape',
    version: 1,
    lang: 'de',
    elements: 12,
    described: 3,
    limits: { nodes: 4000, depth: 100 },
    selectors: { threadRoot: [1, 0], items: [0, 0, 4] },
    tree: ['body', '  main role=main ◀ focus'],
  };

  it('writes format and version first, then the context, then the shape, as JSON that reads back the same', () => {
    const json = pageShapeJson(shape, { site: 'linkedin', status: 'unreadable', extension: '0.1.0' });
    expect(Object.keys(JSON.parse(json))).toEqual([
      'format',
      'version',
      'site',
      'status',
      'extension',
      'lang',
      'elements',
      'described',
      'limits',
      'selectors',
      'tree',
    ]);
    expect(JSON.parse(json)).toMatchObject({ ...shape, site: 'linkedin', status: 'unreadable' });
    // One tree line per text line, so the file reads like the page's outline.
    expect(json).toContain('\n    "  main role=main ◀ focus"\n');
    expect(json.endsWith('\n')).toBe(true);
    expect(json).toContain('"items": [0, 0, 4]');
  });
});
