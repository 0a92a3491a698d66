import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/shared/theme.css';
import { prefetchTabView } from '../../hooks/use-tab-view';
import { App } from './App';

prefetchTabView();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
