/** BuildKit's EXPOSE port parsing (dockerfile2llb/convert_expose.go parsePort). */

export interface PortSpec {
  readonly ip: string;
  readonly hostPort: string;
  readonly containerPort: string;
  /** As written (may be upper case); `tcp` when none was given. */
  readonly proto: string;
  readonly protoGiven: boolean;
  /** BuildKit's error for this port, if it rejects it; the lint checks only run when `protoError` is undefined. */
  readonly protoError: string | undefined;
  readonly error: string | undefined;
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  if (parts.length === 1) return ['', '', parts[0] ?? ''];
  if (parts.length === 2) return ['', parts[0] ?? '', parts[1] ?? ''];
  if (parts.length === 3) return [parts[0] ?? '', parts[1] ?? '', parts[2] ?? ''];
  const n = parts.length;
  return [parts.slice(0, n - 2).join(':'), parts[n - 2] ?? '', parts[n - 1] ?? ''];
}

function portNumber(raw: string): string | undefined {
  if (raw === '') return 'value is empty';
  if (!/^[+-]?\d+$/.test(raw)) return 'invalid syntax';
  const n = Number(raw);
  if (n < 0 || n > 65535) return 'value out of range (0–65535)';
  return undefined;
}

function portRange(ports: string): { error: string | undefined; start: number; end: number } {
  if (ports === '') return { error: 'empty string specified for ports', start: 0, end: 0 };
  const dash = ports.indexOf('-');
  const start = dash < 0 ? ports : ports.slice(0, dash);
  const end = dash < 0 ? undefined : ports.slice(dash + 1);
  const e1 = portNumber(start);
  if (e1 !== undefined) return { error: e1, start: 0, end: 0 };
  const s = Number(start);
  if (end === undefined || start === end) return { error: undefined, start: s, end: s };
  const e2 = portNumber(end);
  if (e2 !== undefined) return { error: e2, start: 0, end: 0 };
  const e = Number(end);
  if (e < s) return { error: `invalid port range: ${ports}`, start: 0, end: 0 };
  return { error: undefined, start: s, end: e };
}

function isIPv4(s: string): boolean {
  const p = s.split('.');
  return p.length === 4 && p.every((x) => /^\d{1,3}$/.test(x) && Number(x) <= 255 && !(x.length > 1 && x.startsWith('0')));
}

function isIP(s: string): boolean {
  if (isIPv4(s)) return true;
  if (!s.includes(':') || !/^[0-9a-fA-F:.]+$/.test(s)) return false;
  const dbl = s.split('::');
  if (dbl.length > 2) return false;
  const groups = s.split(':').filter((g) => g !== '');
  const last = groups[groups.length - 1];
  const v4 = last !== undefined && last.includes('.');
  if (v4 && !isIPv4(last)) return false;
  const n = groups.length + (v4 ? 1 : 0);
  if (groups.some((g, i) => !(v4 && i === groups.length - 1) && !/^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return dbl.length === 2 ? n < 8 : n === 8;
}

export function parsePort(raw: string): PortSpec {
  const [ip0, hostPort, cp] = splitParts(raw);
  const slash = cp.indexOf('/');
  const containerPort = slash < 0 ? cp : cp.slice(0, slash);
  const protoRaw = slash < 0 ? '' : cp.slice(slash + 1);
  let protoError: string | undefined;
  if (containerPort === '') protoError = 'no port specified';
  else if (!['', 'tcp', 'udp', 'sctp'].includes(protoRaw.toLowerCase())) protoError = `invalid proto: ${protoRaw}`;
  // The answer with its error, the fields listed (a spread copy of a base object went through V8's runtime).
  const spec = (error: string | undefined): PortSpec => ({
    ip: ip0,
    hostPort,
    containerPort,
    proto: protoRaw === '' ? 'tcp' : protoRaw,
    protoGiven: protoRaw !== '',
    protoError,
    error,
  });
  if (protoError !== undefined) return spec(`invalid port: "${raw}": ${protoError}`);
  let ip = ip0;
  if (ip.startsWith('[')) {
    const close = ip.indexOf(']');
    if (close < 0 || close !== ip.length - 1) return spec(`invalid IP address ${ip}`);
    ip = ip.slice(1, close);
  }
  if (ip !== '' && !isIP(ip)) return spec(`invalid IP address: ${ip}`);
  const c = portRange(containerPort);
  if (c.error !== undefined) return spec(`invalid containerPort: ${containerPort}`);
  if (hostPort !== '') {
    const h = portRange(hostPort);
    if (h.error !== undefined) return spec(`invalid hostPort: ${hostPort}`);
    if (c.end - c.start !== h.end - h.start && c.end !== c.start) {
      return spec(`invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`);
    }
  }
  return spec(undefined);
}
