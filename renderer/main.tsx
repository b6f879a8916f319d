import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import './styles/app.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { NoticesProvider } from './components/Notices';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <NoticesProvider>
      <App />
    </NoticesProvider>
  </StrictMode>,
);
