// Runs before the stylesheet paints anything (a classic, blocking script: no inline scripts under the CSP):
// applies the theme the user chose last time, so a dark choice never flashes the light theme first.
// The key and values are src/ui/theme/theme-store.ts's; without a choice, tokens.css follows the system.
try {
  var choice = localStorage.getItem('netpol-studio.theme');
  if (choice === 'light' || choice === 'dark') document.documentElement.setAttribute('data-theme', choice);
} catch {
  // Storage blocked: the system's setting applies.
}
