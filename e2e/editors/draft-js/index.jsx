// Draft.js 0.11.7 on React 18 (createRoot) for the X composer fixtures, bundled as an IIFE that sets window.LfDraft.
// Pages render only their composers with it: a real <Editor> plus its button; Ctrl/Cmd+Enter submits through
// keyBindingFn + handleKeyCommand and the button through React's onClick, as on x.com.
import './global-shim.js';
import { ContentState, Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const SUBMIT_COMMAND = 'lf-fixture-submit';

/** The draft as plain text: blocks joined with "\n" (Draft's getPlainText, the contract every fixture page reads). */
const textOf = (editorState) => editorState.getCurrentContent().getPlainText();

/**
 * One composer: optional label wrapper (X: data-testid="tweetTextarea_0_label"), the Draft editor and a button.
 * Props: testId (Draft puts it on the contenteditable as data-testid), labelTestId, ariaLabel, placeholder,
 * buttonTestId, buttonText, buttonLabel (aria-label), submitOnEnter (DMs: bare Enter sends), autoFocus,
 * onPost(text) (called with a non-blank draft; the composer clears itself afterwards).
 */
function Composer(props) {
  const { testId, labelTestId, ariaLabel, placeholder, buttonTestId, buttonText, buttonLabel } = props;
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  // Key handlers and onClick read the newest state even when React has not re-rendered yet.
  const latest = useRef(editorState);
  const editorRef = useRef(null);
  const onChange = (next) => {
    latest.current = next;
    setEditorState(next);
  };

  useEffect(() => {
    if (props.autoFocus) editorRef.current?.focus();
  }, [props.autoFocus]);

  const post = (keepFocus) => {
    const text = textOf(latest.current);
    if (!text.trim()) return;
    props.onPost(text);
    const cleared = EditorState.push(latest.current, ContentState.createFromText(''), 'remove-range');
    onChange(keepFocus ? EditorState.moveFocusToEnd(cleared) : cleared);
  };

  const keyBindingFn = (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return SUBMIT_COMMAND;
    return getDefaultKeyBinding(event);
  };
  const handleKeyCommand = (command) => {
    if (command !== SUBMIT_COMMAND) return 'not-handled';
    post(true);
    return 'handled';
  };
  const handleReturn = (event) => {
    if (!props.submitOnEnter || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return 'not-handled';
    post(true);
    return 'handled';
  };

  const editor = (
    <Editor
      ref={editorRef}
      editorState={editorState}
      onChange={onChange}
      webDriverTestID={testId}
      role="textbox"
      ariaLabel={ariaLabel}
      ariaMultiline
      placeholder={placeholder}
      spellCheck
      keyBindingFn={keyBindingFn}
      handleKeyCommand={handleKeyCommand}
      handleReturn={handleReturn}
    />
  );
  const blank = !textOf(editorState).trim();
  return (
    <>
      {labelTestId ? (
        <div data-testid={labelTestId} className="lf-draft-label">
          {editor}
        </div>
      ) : (
        editor
      )}
      <button
        type="button"
        data-testid={buttonTestId}
        aria-label={buttonLabel}
        disabled={blank}
        aria-disabled={blank}
        onClick={() => post(false)}
      >
        {buttonText}
      </button>
    </>
  );
}

/** Renders a composer into `container` with a React 18 root, synchronously; returns how to unmount it. */
function mountComposer(container, props) {
  const root = createRoot(container);
  flushSync(() => root.render(<Composer {...props} />));
  return {
    unmount() {
      root.unmount();
    },
  };
}

window.LfDraft = { mountComposer, textOf };
