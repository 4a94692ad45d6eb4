/**
 * Entry point: mounts the explorer into #root.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles/base.css';
import './styles/shell.css';
import './styles/graph.css';
import './styles/panel.css';
import './styles/document-viewer.css';
import './styles/listings.css';
import './styles/review.css';
import './styles/groups.css';

performance.mark('policygraph:app-start');

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
