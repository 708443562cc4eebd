import { Admin, CustomRoutes } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './auth/auth-provider';
import type { StaffRole } from './auth/session-store';
import { dataProvider } from './data-provider/lazy-data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { AppLayout } from './layout/AppLayout';
import { AppTitle } from './layout/AppTitle';
import { lazyPage } from './layout/lazy-page';
import { RedeemPage } from './redeem/RedeemPage';
import { resourcesFor } from './resources';
import { VerifyPage } from './verify/VerifyPage';

const ReopenedFormPage = lazyPage(() =>
  import('./redemptions/ReopenedFormPage').then((m) => m.ReopenedFormPage),
);

export function App() {
  return (
    <Admin
      title={<AppTitle />}
      dashboard={RedeemPage}
      layout={AppLayout}
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      disableTelemetry
    >
      {(role: StaffRole | null) => (
        <>
          <CustomRoutes noLayout>
            <Route path="/verify" element={<VerifyPage />} />
          </CustomRoutes>
          <CustomRoutes>
            <Route path="/redemptions/:id/form" element={<ReopenedFormPage />} />
          </CustomRoutes>
          {resourcesFor(role)}
        </>
      )}
    </Admin>
  );
}
