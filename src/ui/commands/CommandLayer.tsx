/**
 * The keyboard layer over the app: the registry's shortcuts, and whichever of
 * the command palette, the shortcut sheet and the tour is open. The three are
 * lazy chunks: none of them is needed to draw the graph. On a first visit
 * the tour opens by itself.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { tourOpensByItself } from '../onboarding/tour-state.ts';
import { openTour, useCommandUi } from './command-ui.ts';
import { useCommandKeys } from './use-command-keys.ts';

const loadPalette = () => import('./CommandPalette.tsx');
const CommandPalette = lazy(loadPalette);
const HelpSheet = lazy(() => import('./HelpSheet.tsx'));
const Tour = lazy(() => import('../onboarding/Tour.tsx'));

export function CommandLayer() {
  const { t } = useTranslation('ui-commands');
  useCommandKeys(t);
  useEffect(() => {
    if (tourOpensByItself()) openTour();
    // Fetched once the page is idle, so the first Ctrl+K opens at once.
    const preload = () => void loadPalette();
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(preload, { timeout: 5000 });
      return () => cancelIdleCallback(id);
    }
    const timer = setTimeout(preload, 3000);
    return () => clearTimeout(timer);
  }, []);
  const palette = useCommandUi((s) => s.palette);
  const help = useCommandUi((s) => s.help);
  const tour = useCommandUi((s) => s.tour);
  return (
    <Suspense fallback={null}>
      {palette && <CommandPalette key={palette.seq} request={palette} />}
      {help && <HelpSheet />}
      {tour && <Tour />}
    </Suspense>
  );
}
