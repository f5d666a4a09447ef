import { startI18n } from './i18n/i18n-provider';

// Runs before each test file (vitest `setupFiles`): files share one jsdom, not its storage.
sessionStorage.clear();
localStorage.clear();
// The console makes its i18n provider before the first render (main.tsx); tests need it too.
await startI18n();
