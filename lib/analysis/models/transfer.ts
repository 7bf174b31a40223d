// The weights file as text, for the one message that carries it from the background to a content script
// (runtime messages are JSON: bytes travel as base64). Pure, so both ends and the tests share it.
// The built-in Uint8Array base64 methods where the engine has them (a copy loop over 700 KB takes tens of ms on the
// page's thread); the loops stay for older browsers and Node.
interface Base64Native {
  fromBase64?: (text: string) => Uint8Array;
}

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const native = (Uint8Array as Base64Native).fromBase64;
  if (typeof native === 'function') return native(text);
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
