import type { ConnectorOptions } from '../../src/connector/apiProperties.ts';

/** One definition per security type the exporter writes. */
export const SECURITY_FIXTURES: Record<string, unknown> = {
  none: { swagger: '2.0' },
  'apiKey header': { securityDefinitions: { key: { type: 'apiKey', name: 'x-functions-key', in: 'header' } } },
  'apiKey query': { securityDefinitions: { key: { type: 'apiKey', name: 'code', in: 'query' } } },
  basic: { securityDefinitions: { basic: { type: 'basic' } } },
  'oauth2 aad': {
    securityDefinitions: {
      aad: {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/authorize',
        tokenUrl: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/token',
        scopes: { 'api://contoso-api/user_impersonation': 'Access the API' },
      },
    },
  },
  'oauth2 generic': {
    securityDefinitions: {
      github: {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: 'https://github.com/login/oauth/authorize',
        tokenUrl: 'https://github.com/login/oauth/access_token',
        scopes: { repo: 'Repositories', 'read:user': 'Profile' },
      },
    },
  },
};

/** Every option set, for files as full as they get. */
export const FULL_OPTIONS: ConnectorOptions = {
  iconBrandColor: '#107C10',
  apiKeyLabel: 'Function key',
  oauthClientId: '00000000-1111-2222-3333-444444444444',
  oauthScopes: ['api://contoso-api/.default'],
  aadResourceUrl: 'api://contoso-api',
  aadTenantId: 'contoso.onmicrosoft.com',
  aadLoginUrl: 'https://login.windows.net',
  oauthRefreshUrl: 'https://github.com/login/oauth/access_token',
  publisher: 'Contoso',
  stackOwner: 'Contoso IT',
};
