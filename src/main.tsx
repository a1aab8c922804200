import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { adoptEarlyList } from './features/volumes/api/early-list/adopt.ts';
import { createQueryClient } from './app/query-client.ts';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Before the first render: the list request index.html sent is then the page's first query.
const queryClient = createQueryClient();
adoptEarlyList(queryClient);

createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
