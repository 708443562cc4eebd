import type { DataProvider } from 'react-admin';
import type { GraphqlDataProvider } from './graphql-data-provider';

let loading: Promise<GraphqlDataProvider> | null = null;

/** Apollo and ra-data-graphql load with the first list or form, not with the redeem screen. */
function load() {
  loading ??= import('./graphql-data-provider').then((module) => module.graphqlDataProvider);
  return loading;
}

type Method = Exclude<keyof GraphqlDataProvider, 'client' | 'getIntrospection'>;

const METHODS: Method[] = [
  'getList',
  'getOne',
  'getMany',
  'getManyReference',
  'create',
  'update',
  'updateMany',
  'delete',
  'deleteMany',
  'resetStaffPassword',
  'deactivateStaff',
  'deactivateCenter',
  'reopenForm',
];

export const dataProvider = Object.fromEntries(
  METHODS.map((method) => [
    method,
    async (...args: unknown[]) =>
      ((await load())[method] as (...rest: unknown[]) => unknown)(...args),
  ]),
) as unknown as DataProvider & Pick<GraphqlDataProvider, Method>;
