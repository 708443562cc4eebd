import BadgeIcon from '@mui/icons-material/Badge';
import BusinessIcon from '@mui/icons-material/Business';
import ListAltIcon from '@mui/icons-material/ListAlt';
import { Resource } from 'react-admin';
import type { StaffRole } from './auth/session-store';
import { lazyPage } from './layout/lazy-page';

const RedemptionList = lazyPage(() =>
  import('./redemptions/RedemptionList').then((m) => m.RedemptionList),
);
const StaffList = lazyPage(() => import('./staff/StaffList').then((m) => m.StaffList));
const StaffCreate = lazyPage(() => import('./staff/StaffCreate').then((m) => m.StaffCreate));
const StaffShow = lazyPage(() => import('./staff/StaffShow').then((m) => m.StaffShow));
const CenterList = lazyPage(() => import('./centers/CenterList').then((m) => m.CenterList));
const CenterCreate = lazyPage(() => import('./centers/CenterCreate').then((m) => m.CenterCreate));
const CenterShow = lazyPage(() => import('./centers/CenterShow').then((m) => m.CenterShow));

/**
 * The resources a role may open. A clerk gets no staff or center pages at all (the API
 * refuses them too), so their addresses show "not found".
 */
export function resourcesFor(role: StaffRole | null) {
  const admin = role === 'CENTER_ADMIN' || role === 'PLATFORM_ADMIN';
  return [
    <Resource key="redemptions" name="redemptions" list={RedemptionList} icon={ListAltIcon} />,
    admin && (
      <Resource
        key="staff"
        name="staff"
        list={StaffList}
        create={StaffCreate}
        show={StaffShow}
        icon={BadgeIcon}
        recordRepresentation="name"
      />
    ),
    role === 'PLATFORM_ADMIN' && (
      <Resource
        key="centers"
        name="centers"
        list={CenterList}
        create={CenterCreate}
        show={CenterShow}
        icon={BusinessIcon}
        recordRepresentation="name"
      />
    ),
  ];
}
