import { DL3064 as text } from '../../knowledge/rules/hadolint/DL3064';
import type { Rule } from '../types';

/** Names hadolint knows to hold credentials (compared upper-case). */
const KNOWN = new Set([
  'ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY',
  'BITTREX_API_KEY', 'BITTREX_API_SECRET', 'CF_PASSWORD', 'CF_USERNAME', 'CIRCLE_TOKEN', 'CI_DEPLOY_PASSWORD',
  'CI_DEPLOY_USER', 'DOCKERHUB_PASSWORD', 'DOCKER_EMAIL', 'DOCKER_PASSWORD', 'DOCKER_USERNAME',
  'FACEBOOK_ACCESS_TOKEN', 'FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET', 'FIREBASE_API_TOKEN', 'FIREBASE_TOKEN',
  'FOSSA_API_KEY', 'GH_ENTERPRISE_TOKEN', 'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN', 'HEROKU_API_KEY',
  'HEROKU_API_USER', 'NPM_AUTH_TOKEN', 'NPM_TOKEN', 'OKTA_AUTHN_GROUPID', 'OKTA_CLIENT_ORGURL', 'OKTA_CLIENT_TOKEN',
  'OKTA_OAUTH2_CLIENTID', 'OKTA_OAUTH2_CLIENTSECRET', 'OPENAI_API_KEY', 'OS_PASSWORD', 'OS_USERNAME',
  'POSTGRES_PASSWORD', 'SLACK_TOKEN', 'STRIPE_API_KEY', 'STRIPE_DEVICE_NAME', 'TRAVIS_OS_NAME',
  'TRAVIS_SECURE_ENV_VARS', 'TRAVIS_SUDO', 'VAULT_CLIENT_KEY', 'VAULT_TOKEN',
]);
/** Parts of a name that suggest a credential (compared lower-case). */
const SUSPICIOUS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username'];

/** SUSPICIOUS as one case-insensitive test: the same answer as `toLowerCase` and `includes` for an ASCII name. */
const SUSPICIOUS_ASCII = new RegExp(SUSPICIOUS.join('|'), 'i');

export function sensitiveName(name: string): boolean {
  // Names are ASCII and upper-case in practice: neither converted copy is then made.
  const ascii = isAscii(name);
  if (KNOWN.has(ascii && !hasAsciiLower(name) ? name : name.toUpperCase())) return true;
  if (ascii) return SUSPICIOUS_ASCII.test(name);
  // A loop, not `some` with a closure: a call per part in the server's baseline code.
  const lower = name.toLowerCase();
  for (let i = 0; i < SUSPICIOUS.length; i++) if (lower.includes(SUSPICIOUS[i]!)) return true;
  return false;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

function hasAsciiLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * hadolint DL3064 (src/Hadolint/Rule/DL3064.hs): an ARG or ENV name that is a known credential name or contains
 * `api_key`, `client_key`, `password`, `private`, `secret`, `token` or `username`; ONBUILD included. BuildKit's
 * SecretsUsedInArgOrEnv matches other names (whole `_`-separated words), so it is a separate rule.
 */
export const rule: Rule = {
  id: 'DL3064',
  source: 'hadolint',
  defaultSeverity: 'warning',
  concept: 'build-secrets',
  reference: 'hadolint/hadolint src/Hadolint/Rule/DL3064.hs',
  text,
  instructions: ['arg', 'env'],
  scope: 'instruction',
  check(ctx) {
    for (const ins of ctx.model.parse.instructions) {
      const inner = ins.onbuild ?? ins;
      if (inner.name !== 'arg' && inner.name !== 'env') continue;
      for (const kv of inner.keyValues) {
        if (sensitiveName(kv.key.value)) ctx.report({ range: kv.key.range, params: { name: kv.key.value, instruction: inner.keyword.toUpperCase() } });
      }
    }
  },
};
