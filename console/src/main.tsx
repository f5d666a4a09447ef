import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startI18n } from './i18n/i18n-provider';

const root = document.getElementById('root')!;

// The reader's language is loaded before the first render, so nothing shows in another one.
startI18n().then(
  () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  // Its words did not arrive (the network dropped, a deploy replaced the files): say so in
  // both languages rather than leave a blank page.
  () => {
    root.textContent = 'Trident could not load. Reload the page. · Trident 加载失败，请刷新页面。';
  },
);
