/** The quick-fix buttons (English): the core's own titles (model/edits/quick-fix.ts). */
import { QUICK_FIX_TITLES } from '../../model/edits/quick-fix.ts';

export const quickFixes = {
  ...QUICK_FIX_TITLES,
  /** The button's tooltip around its title. */
  tooltip: 'Quick fix: {{title}} (one step; Ctrl+Z undoes it)',
} as const;
