// A modal dialog on the native <dialog>: showModal() makes the page behind inert, keeps Tab inside and closes on
// Escape. On close the focus goes back to what opened it, which the platform does not promise everywhere.
import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface DialogProps {
  title: string;
  /** Label of the close button in the corner. */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider for the thread timeline. */
  wide?: boolean;
  /** Extra attributes for tests and styling hooks. */
  testId?: string;
}

export function Dialog({ title, closeLabel, onClose, children, wide, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    // Escape fires 'cancel'; the parent unmounts us, so the native close must not race it.
    const cancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-testid={testId}
      className={`m-auto max-h-[85vh] w-full ${wide ? 'max-w-3xl' : 'max-w-md'} rounded-xl p-0 text-sm text-gray-800 shadow-xl backdrop:bg-gray-900/40`}
    >
      <div className="flex items-start justify-between gap-4 border-b border-gray-200 px-5 py-3">
        <h2 id={titleId} className="text-base font-semibold text-gray-900">
          {title}
        </h2>
        <button
          type="button"
          aria-label={closeLabel}
          className="-mr-2 rounded-md px-2 text-lg leading-none text-gray-500 hover:bg-gray-100 hover:text-gray-900"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <div className="px-5 py-4">{children}</div>
    </dialog>
  );
}
