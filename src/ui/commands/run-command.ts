/** Starting a command, the same way from a shortcut, the palette's list or a button. */
import { closeCommandUi, openPalette } from './command-ui.ts';
import type { Command, CommandT } from './types.ts';

/**
 * Runs `command` now, or opens the palette on its first question. Nothing happens when it is not
 * available, or when it is not ready (it has said why, e.g. graph editing is paused).
 */
export function startCommand(command: Command, t: CommandT): void {
  if (command.available && !command.available()) return;
  if (command.ready && !command.ready()) return;
  if (command.steps?.length) return openPalette({ command: command.id });
  closeCommandUi();
  command.run({}, t);
}
