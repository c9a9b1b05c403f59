/** The CLI writes strings or UTF-8 byte chunks (connlist's output); tests read them back as text. */
const decoder = new TextDecoder();
export const textOf = (t: string | Uint8Array): string => (typeof t === 'string' ? t : decoder.decode(t));
