import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/shared/theme.css';
import { prefetchTabView } from '../../hooks/use-tab-view';
import { App } from './App';

prefetchTabView();
// from here on React draws the early headline (hooks/early-paint.ts): its first commit empties #root
window.__icpPanelRendering = true;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
