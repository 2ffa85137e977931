import { browser } from 'wxt/browser';
import type { Message, MessageType, Protocol } from '../protocol';

/**
 * Sends a typed message from an extension page (popup, options) to the
 * background and returns its typed answer. Rejects when the background fails.
 */
export async function sendMessage<T extends MessageType>(type: T, request: Protocol[T]['request']): Promise<Protocol[T]['response']> {
  const message = { type, ...request } as Message<T>;
  const answer = (await browser.runtime.sendMessage(message)) as Protocol[T]['response'] | { error: string } | undefined;
  if (answer === undefined) throw new Error(`No answer to ${type}`);
  if (answer && typeof answer === 'object' && 'error' in answer && Object.keys(answer).length === 1) throw new Error(answer.error);
  return answer as Protocol[T]['response'];
}
