/** Messages between the assembled-document preview and the extension (both sides import this). */

export interface PreviewContent {
  title: string;
  /** Sanitised HTML from the core's `renderMarkdown`. */
  html: string;
}

export type ToPreviewWebview = { type: 'content'; content: PreviewContent };

export type FromPreviewWebview = { type: 'ready' } | { type: 'openHeading'; id: string } | { type: 'export' };

/** Validates a message from the preview; anything else is refused with a reason to log. */
export function readPreviewMessage(value: unknown): { ok: true; message: FromPreviewWebview } | { ok: false; reason: string } {
  if (typeof value !== 'object' || value === null) return { ok: false, reason: 'not an object' };
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { ok: true, message: { type: 'ready' } };
    case 'export':
      return { ok: true, message: { type: 'export' } };
    case 'openHeading':
      if (typeof message.id !== 'string' || message.id.length > 300) return { ok: false, reason: 'openHeading without a heading id' };
      return { ok: true, message: { type: 'openHeading', id: message.id } };
    default:
      return { ok: false, reason: `unknown message type ${JSON.stringify(message.type)}` };
  }
}
