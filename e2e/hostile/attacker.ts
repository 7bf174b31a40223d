// A hostile page script, run in the page's main world before anything else (page.addInitScript), as a site's own
// script or one injected into it would run. It records WXT's announcements, replays them, forges events, and reads
// everything a page can read about Listen First. Serialised by Playwright: it must not close over anything.

export interface Observation {
  /** Our host as the page sees it: its shadow root (null when closed), attributes, box and computed display. */
  host: { shadowRoot: string | null; attributes: string[]; box: string; display: string } | null;
  /** Every data-lf-* or other non-page attribute name on the page's own elements, with its value. */
  attributes: string[];
  /** Titles and aria labels anywhere in the light DOM (a tooltip is where a badge once leaked the watchlist). */
  titles: string[];
  /** Open shadow roots the page can walk into, and what they hold. */
  openShadowText: string[];
  highlights: string[];
  adoptedSheets: string[];
  /** Which element the page hits at each point of a grid over the window (our layer would show up as our host). */
  hits: string[];
  /** Sizes of the page's comments (a badge inserted into one would change it). */
  itemBoxes: string[];
  activeElement: string;
}

export interface AttackerLog {
  /** Messages and events of WXT's "content script started" the page saw. */
  announcements: string[];
  /** Forged events: whether anything stopped or cancelled them. */
  forged: { type: string; defaultPrevented: boolean; reachedPage: boolean }[];
}

export function installAttacker(): void {
  const log: AttackerLog = { announcements: [], forged: [] };
  window.addEventListener('message', (event) => {
    const type = (event.data as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && type.includes('wxt')) log.announcements.push(`message:${type}`);
  });

  const OURS = 'listen-first-ui';
  const isPageAttribute = (name: string) => !name.startsWith('data-lf-') && name !== 'data-flags';

  function observe(): Observation {
    const host = document.querySelector(OURS);
    const attributes: string[] = [];
    const titles: string[] = [];
    const openShadowText: string[] = [];
    const walk = (root: ParentNode) => {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (!isPageAttribute(a.name)) attributes.push(`${el.tagName}[${a.name}=${a.value}]`);
          if (a.name === 'title' || a.name === 'aria-label') titles.push(a.value);
        }
        if (el.shadowRoot) {
          openShadowText.push(`${el.tagName}:${el.shadowRoot.textContent ?? ''}`);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    const hits: string[] = [];
    for (let y = 10; y < innerHeight; y += 40) {
      for (let x = 10; x < innerWidth; x += 40) {
        const el = document.elementFromPoint(x, y);
        if (el?.localName === OURS) hits.push(`${x},${y}`);
      }
    }
    const highlights: string[] = [];
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    if (registry) for (const [name, set] of registry) for (const r of set) highlights.push(`${name}:${r.toString()}`);
    return {
      host: host && {
        shadowRoot: host.shadowRoot ? host.shadowRoot.innerHTML : null,
        attributes: [...host.attributes].map((a) => `${a.name}=${a.value}`),
        box: JSON.stringify(host.getBoundingClientRect()),
        display: getComputedStyle(host).display,
      },
      attributes,
      titles,
      openShadowText,
      highlights,
      adoptedSheets: [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')),
      hits,
      itemBoxes: [...document.querySelectorAll('[data-lf-id]')].map((el) => {
        const r = el.getBoundingClientRect();
        return `${r.width}x${r.height}`;
      }),
      activeElement: document.activeElement?.localName ?? '',
    };
  }

  /** Every text node and attribute value in the page, and in any shadow root it can open, that contains `needle`. */
  function find(needle: string): string[] {
    const found: string[] = [];
    const lower = needle.toLowerCase();
    const walk = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
        if (node.nodeType === Node.TEXT_NODE) {
          if ((node.nodeValue ?? '').toLowerCase().includes(lower)) found.push(`text:${node.nodeValue}`);
          continue;
        }
        const el = node as Element;
        for (const a of el.attributes ?? []) if (a.value.toLowerCase().includes(lower)) found.push(`attr:${a.name}`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    for (const sheet of document.adoptedStyleSheets)
      for (const rule of sheet.cssRules) if (rule.cssText.toLowerCase().includes(lower)) found.push('sheet');
    if (document.title.toLowerCase().includes(lower)) found.push('title');
    return found;
  }

  /** Replays WXT's announcement for each of our content scripts, as a page that learned the extension's id would. */
  function replayWxt(extensionId: string): void {
    for (const name of ['facebook', 'x', 'linkedin', 'xing']) {
      const type = `${extensionId}:${name}:wxt:content-script-started`;
      const detail = { contentScriptName: name, messageId: 'forged' };
      window.postMessage({ type, ...detail }, '*');
      document.dispatchEvent(new CustomEvent(type, { detail }));
    }
  }

  /** Listens for WXT's own announcement, which carries the extension id in its event name. */
  function listenForWxt(extensionId: string): void {
    for (const name of ['facebook', 'x', 'linkedin', 'xing']) {
      const type = `${extensionId}:${name}:wxt:content-script-started`;
      document.addEventListener(type, () => log.announcements.push(`event:${type}`));
    }
  }

  /** The editable of the last composer matching `wrapper` (the site's own markup, found afresh: React re-renders). */
  function editorIn(wrapper: string): HTMLElement {
    const scope = [...document.querySelectorAll(wrapper)].at(-1);
    const editable = scope?.querySelector<HTMLElement>('[contenteditable="true"], textarea');
    if (!editable) throw new Error(`no editor in ${wrapper}`);
    return editable;
  }

  /**
   * Writes into the site's editor as a page script can: focus, select everything, and paste the text (a synthetic
   * paste the rich editors take as the user's), or, where the editor leaves the paste alone (a plain contenteditable
   * or textarea), the browser's insertText command. Each step waits a moment: editors sync their selection later.
   */
  async function write(editable: HTMLElement, text: string): Promise<void> {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
    editable.focus();
    await pause();
    if (editable instanceof HTMLTextAreaElement) {
      editable.select();
    } else {
      const range = document.createRange();
      range.selectNodeContents(editable);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    await pause();
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    editable.dispatchEvent(paste);
    if (!paste.defaultPrevented) document.execCommand(text ? 'insertText' : 'delete', false, text);
    await pause();
  }

  /**
   * Dispatches a forged send (Enter in the editor, a click on the send button) and forged focus, input and pagehide
   * events, and notes what happened to the sends.
   */
  function forgeSend(editable: HTMLElement, button: HTMLElement | null, keys: { ctrl: boolean }): void {
    const events: [EventTarget, Event][] = [
      [
        editable,
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          ctrlKey: keys.ctrl,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      ],
    ];
    if (button) events.push([button, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })]);
    for (const [target, event] of events) {
      let reachedPage = false;
      const mark = () => {
        reachedPage = true;
      };
      target.addEventListener(event.type, mark, { once: true });
      target.dispatchEvent(event);
      target.removeEventListener(event.type, mark);
      log.forged.push({ type: event.type, defaultPrevented: event.defaultPrevented, reachedPage });
    }
    for (const type of ['focusin', 'input', 'pagehide']) {
      window.dispatchEvent(new Event(type, { bubbles: true }));
    }
  }

  /** Rewrites a comment's text in place, as the site does when its author edits it. */
  function editComment(item: Element, text: string): void {
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
    let longest: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!longest || (node.nodeValue ?? '').length > (longest.nodeValue ?? '').length) longest = node as Text;
    }
    if (longest) longest.nodeValue = text;
  }

  /** Moves a composer into a modal dialog of the page's own, as a site's "share" or "reply" dialog is. */
  function intoModal(wrapper: Element): void {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('data-attacker-dialog', '');
    dialog.style.cssText = 'width:600px;max-width:90vw';
    document.body.append(dialog);
    dialog.append(wrapper);
    dialog.showModal();
  }

  (window as unknown as { __attacker: unknown }).__attacker = {
    log,
    observe,
    find,
    replayWxt,
    listenForWxt,
    editorIn,
    write,
    forgeSend,
    editComment,
    intoModal,
  };
}

export type Attacker = {
  log: AttackerLog;
  observe(): Observation;
  find(needle: string): string[];
  replayWxt(extensionId: string): void;
  listenForWxt(extensionId: string): void;
  editorIn(wrapper: string): HTMLElement;
  write(editable: HTMLElement, text: string): Promise<void>;
  forgeSend(editable: HTMLElement, button: HTMLElement | null, keys: { ctrl: boolean }): void;
  editComment(item: Element, text: string): void;
  intoModal(wrapper: Element): void;
};
