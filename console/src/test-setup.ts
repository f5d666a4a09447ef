// Runs before each test file (vitest `setupFiles`): files share one jsdom, not its storage.
sessionStorage.clear();
localStorage.clear();
