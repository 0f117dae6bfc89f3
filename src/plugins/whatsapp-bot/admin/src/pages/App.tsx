import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';

import { PERMISSIONS } from '../permissions';
import { WhatsappPage } from './WhatsappPage';

/** The plugin's page under /admin/plugins/whatsapp-bot. */
const App = () => (
  <Routes>
    <Route
      index
      element={
        <Page.Protect permissions={PERMISSIONS.read}>
          <WhatsappPage />
        </Page.Protect>
      }
    />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
