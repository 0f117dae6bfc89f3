import { Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';

import { PERMISSIONS } from '../permissions';
import { AnalyticsPage } from './AnalyticsPage';
import { SettingsPage } from './SettingsPage';

/** The plugin's pages under /admin/plugins/community-search. */
const App = () => (
  <Routes>
    <Route index element={<Navigate to="analytics" replace />} />
    <Route
      path="analytics"
      element={
        <Page.Protect permissions={PERMISSIONS.analytics}>
          <AnalyticsPage />
        </Page.Protect>
      }
    />
    <Route
      path="settings"
      element={
        <Page.Protect permissions={PERMISSIONS.settings}>
          <SettingsPage />
        </Page.Protect>
      }
    />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
