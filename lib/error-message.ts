// An error in words for a status line: its message when it is an Error, else whatever it is as text.
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
