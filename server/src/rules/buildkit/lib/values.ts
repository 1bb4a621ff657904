/** Value parsers BuildKit applies to flags: Go durations, CSV mount/device specs, chmod modes. */
import { parseGoBool, suggest } from './words';

const UNITS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };

/** Go's time.ParseDuration, in milliseconds; undefined when Go rejects it. */
export function parseGoDuration(s: string): number | undefined {
  let rest = s;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest.startsWith('-')) sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return undefined;
  let total = 0;
  const re = /^(\d*(?:\.\d*)?)([^\d.]+)/;
  while (rest !== '') {
    const m = re.exec(rest);
    if (m === null || m[1] === undefined || m[2] === undefined || m[1] === '' || m[1] === '.') return undefined;
    const unit = UNITS[m[2]];
    if (unit === undefined) return undefined;
    total += Number(m[1]) * unit;
    rest = rest.slice(m[0].length);
  }
  return sign * total;
}

/** go-csvvalue.Fields (encoding/csv rules for one record); undefined plus BuildKit's message on an error. */
export function csvFields(s: string): { fields: string[]; error: string | undefined } {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (s[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= s.length) return { fields, error: 'extraneous or missing " in quoted-field' };
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += s[i++];
      }
      if (i < s.length && s[i] !== ',') return { fields, error: 'extraneous or missing " in quoted-field' };
      fields.push(v);
    } else {
      const end = s.indexOf(',', i);
      const v = end < 0 ? s.slice(i) : s.slice(i, end);
      if (v.includes('"')) return { fields, error: 'bare " in non-quoted-field' };
      fields.push(v);
      i = end < 0 ? s.length : end;
    }
    if (i >= s.length) break;
    i++;
  }
  return { fields, error: undefined };
}

const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING = ['shared', 'private', 'locked'];
const MOUNT_KEYS = ['type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'size', 'mode', 'uid', 'gid', 'src', 'dst', 'destination', 'ro', 'rw', 'readwrite', 'env'];

function parseUint(s: string, base: 8 | 10, max: number): boolean {
  const re = base === 8 ? /^(?:0[oO])?[0-7]+$/ : /^[0-9]+$/;
  if (!re.test(s.replace(/_/g, ''))) return false;
  const n = parseInt(s.replace(/^0[oO]/, '').replace(/_/g, ''), base);
  return n <= max;
}

/** docker/go-units RAMInBytes. */
function ramInBytes(s: string): boolean {
  return /^\s*\d+(?:\.\d+)?\s*(?:[kmgtpKMGTP]?[iI]?[bB]?)?\s*$/.test(s);
}

/**
 * BuildKit instructions/commands_runmount.go parseMount. With `expanded` false only the parse-time checks run
 * (CSV syntax, variables in `from`); with `expanded` true (values known, as at dispatch) every check runs.
 */
export function mountError(val: string, expanded: boolean): string | undefined {
  const { fields, error } = csvFields(val);
  if (error !== undefined) return `failed to parse csv mounts: ${error}`;
  let type = 'bind';
  let from = '';
  let source = '';
  let target = '';
  let id = '';
  let sharing = '';
  let fileInfo = false;
  const fileInfoKeys: string[] = [];
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (!expanded) continue;
      if (['readonly', 'ro', 'readwrite', 'rw'].includes(key)) continue;
      if (key === 'required') {
        if (type === 'secret' || type === 'ssh') continue;
        return `unexpected key '${key}' for mount type '${type}'`;
      }
      return `invalid field '${field}' must be a key=value pair`;
    }
    if (!expanded) {
      if (key === 'from') {
        const idx = value.indexOf('$');
        if (idx !== -1 && idx !== value.length - 1) return "'from' doesn't support variable expansion, define alias stage instead";
      }
      continue;
    }
    switch (key) {
      case 'type': {
        const v = value.toLowerCase();
        if (!MOUNT_TYPES.includes(v)) {
          const s = suggest(value, MOUNT_TYPES, true);
          return `unsupported mount type "${value}"${s === undefined ? '' : ` (did you mean ${s}?)`}`;
        }
        type = v;
        break;
      }
      case 'from':
        from = value;
        break;
      case 'source':
      case 'src':
        source = value;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        target = value;
        break;
      case 'readonly':
      case 'ro':
      case 'readwrite':
      case 'rw':
        if (parseGoBool(value) === undefined) return `invalid value for ${key}: ${value}`;
        break;
      case 'required':
        if (type !== 'secret' && type !== 'ssh') return `unexpected key '${key}' for mount type '${type}'`;
        if (parseGoBool(value) === undefined) return `invalid value for ${key}: ${value}`;
        break;
      case 'size':
        if (type !== 'tmpfs') return `unexpected key '${key}' for mount type '${type}'`;
        if (!ramInBytes(value)) return `invalid value for ${key}: ${value}`;
        break;
      case 'id':
        id = value;
        break;
      case 'sharing': {
        const v = value.toLowerCase();
        if (!SHARING.includes(v)) {
          const s = suggest(value, SHARING, true);
          return `unsupported sharing value "${value}"${s === undefined ? '' : ` (did you mean ${s}?)`}`;
        }
        sharing = v;
        break;
      }
      case 'mode':
        if (!parseUint(value, 8, 0xffffffff)) return `invalid value ${value} for mode`;
        fileInfoKeys.push('mode');
        fileInfo = true;
        break;
      case 'uid':
      case 'gid':
        if (!parseUint(value, 10, 0xffffffff)) return `invalid value ${value} for ${key}`;
        fileInfoKeys.push(key);
        fileInfo = true;
        break;
      case 'env':
        break;
      default: {
        const s = suggest(key, MOUNT_KEYS, true);
        return `unexpected key '${key}' in '${field}'${s === undefined ? '' : ` (did you mean ${s}?)`}`;
      }
    }
  }
  if (!expanded) return undefined;
  if (fileInfo && !['secret', 'ssh', 'cache'].includes(type)) return `${fileInfoKeys[0] ?? 'mode'} not allowed for "${type}" type mounts`;
  if (type === 'secret') {
    if (from !== '') return 'secret mount should not have a from';
    if (sharing !== '') return 'secret mount should not define sharing';
    if (source === '' && target === '' && id === '') return 'invalid secret mount. one of source, target required';
    if (source !== '' && id !== '') return "both source and id can't be set";
  }
  if (sharing !== '' && type !== 'cache') return `invalid cache sharing set for ${type} mount`;
  return undefined;
}

/** BuildKit instructions/commands_rundevice.go ParseDevice. */
export function deviceError(val: string): string | undefined {
  const { fields, error } = csvFields(val);
  if (error !== undefined) return `failed to parse csv devices: ${error}`;
  let name = '';
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'required') continue;
      if (name === '') {
        name = field;
        continue;
      }
      return `invalid field '${field}' must be a key=value pair`;
    }
    if (key === 'name') {
      if (name !== '') return `device name already set to ${name}`;
      name = value;
    } else if (key === 'required') {
      if (parseGoBool(value) === undefined) return `invalid value for ${key}: ${value}`;
    } else if (name === '') name = field;
    else return `unexpected key '${key}' in '${field}'`;
  }
  return undefined;
}

/** dockerfile2llb/convert_copy.go: a numeric `--chmod` must be octal and at most 07777. */
export function chmodError(v: string): string | undefined {
  const msg = `invalid chmod parameter: '${v}'. it should be octal string and between 0 and 07777`;
  if (/^[0-7]+$/.test(v)) return parseInt(v, 8) > 0o7777 ? msg : undefined;
  if (/^[+-]?\d+$/.test(v)) return msg;
  // Symbolic modes are parsed by a library whose grammar we do not copy: only numeric values are judged.
  return undefined;
}
