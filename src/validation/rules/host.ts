import type { Rule } from '../rule.ts';

const HOST = /^[^{}/ :\\]+(?::\d+)?$/;
const SCHEMES = ['http', 'https', 'ws', 'wss'];

export const hostRules: Rule[] = [
  {
    id: 'host',
    level: 'error',
    description: '`host` is a host name with an optional port: no scheme, path or placeholder (placeholder: warning).',
    *check({ doc }) {
      const host = doc.host;
      if (host === undefined) return;
      if (typeof host !== 'string' || host === '') {
        yield { pointer: '/host', message: "'host' must be a host name such as api.contoso.com: set it." };
      } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host) || host.includes('/')) {
        yield {
          pointer: '/host',
          message: `'host' must be only the host name (and port), found '${host}': move the scheme to 'schemes' and the path to 'basePath'.`,
        };
      } else if (/[{}]/.test(host)) {
        // The platform lists connectors with a placeholder host (certified--JotForm-Enterprise,
        // `{{replace_with_your_domain}}`): they work only because a `dynamichosturl` policy template rewrites the host
        // per connection. Accepted but broken without that policy, hence a warning.
        yield {
          pointer: '/host',
          level: 'warning',
          message: `'host' holds a placeholder ('${host}'): calls fail unless a policy template (dynamichosturl) sets the host per connection; otherwise put the real host name.`,
        };
      } else if (!HOST.test(host)) {
        yield {
          pointer: '/host',
          message: `'host' '${host}' is not a valid host name: remove spaces, backslashes and extra colons (only 'name:port').`,
        };
      }
    },
  },
  {
    id: 'base-path',
    level: 'error',
    description: '`basePath` starts with `/`.',
    *check({ doc }) {
      if (doc.basePath !== undefined && (typeof doc.basePath !== 'string' || !doc.basePath.startsWith('/'))) {
        yield {
          pointer: '/basePath',
          message: `'basePath' must start with '/' (found ${JSON.stringify(doc.basePath)}): add the leading slash.`,
        };
      }
    },
  },
  {
    id: 'schemes',
    level: 'error',
    description: '`schemes` lists only http, https, ws, wss.',
    *check({ doc }) {
      if (doc.schemes === undefined) return;
      if (!Array.isArray(doc.schemes)) {
        yield { pointer: '/schemes', message: '\'schemes\' must be a list such as ["https"]: make it a list.' };
        return;
      }
      for (const [i, scheme] of doc.schemes.entries()) {
        if (!SCHEMES.includes(scheme as string)) {
          yield {
            pointer: `/schemes/${i}`,
            message: `Scheme ${JSON.stringify(scheme)} is not supported: use one of ${SCHEMES.join(', ')} (lower case).`,
          };
        }
      }
    },
  },
];
