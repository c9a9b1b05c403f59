import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './ui/styles.css';
import { useStore } from './state/store.ts';
import { App } from './ui/App.tsx';
import shopExample from './ui/examples/shop.yaml?raw';

// First visit: open the built-in example so there is something to look at.
useStore.getState().setText(shopExample, 'load');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
