// "Are you sure?" for deletes: the safe choice (Cancel) has the focus, so Enter or Escape never deletes by accident.
import { useEffect, useRef } from 'react';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  /** The corner button's label ("Close"), distinct from Cancel so each control has its own name. */
  closeLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel,
  closeLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  // After showModal() has put the focus on the first control (the corner's close button).
  useEffect(() => cancel.current?.focus(), []);
  return (
    <Dialog title={title} closeLabel={closeLabel} onClose={onCancel} testId="confirm-dialog">
      <p className="mb-4 text-gray-700">{message}</p>
      <div className="flex justify-end gap-2">
        <button
          ref={cancel}
          type="button"
          className="rounded-md px-3 py-2 ring-1 ring-gray-300 hover:bg-gray-50"
          onClick={onCancel}
        >
          {cancelLabel}
        </button>
        <button
          type="button"
          className="rounded-md bg-red-700 px-3 py-2 font-medium text-white hover:bg-red-800"
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
