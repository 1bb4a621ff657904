/** containerd's platforms.Parse (as BuildKit uses it for `FROM --platform`), normalizing OS and architecture. */
export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant: string;
}

const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'zos', 'wasip1']);
const KNOWN_ARCH = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);

function normalizeOS(os: string): string {
  const o = os.toLowerCase();
  return o === 'macos' ? 'darwin' : o;
}

function normalizeArch(arch: string, variant: string): [string, string] {
  const a = arch.toLowerCase();
  const v = variant.toLowerCase();
  switch (a) {
    case 'i386':
      return ['386', ''];
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      return ['amd64', v === 'v1' ? '' : v];
    case 'aarch64':
    case 'arm64':
      return ['arm64', v === '8' || v === 'v8' || v === 'v8.0' ? '' : v];
    case 'armhf':
      return ['arm', 'v7'];
    case 'armel':
      return ['arm', 'v6'];
    case 'arm':
      if (v === '' || v === '7') return ['arm', 'v7'];
      if (v === '5' || v === '6' || v === '8') return ['arm', `v${v}`];
      return ['arm', v];
    default:
      return [a, v];
  }
}

/** Parses `os[(osversion)][/arch[/variant]]`; undefined where containerd returns an error. */
export function parsePlatform(specifier: string): Platform | undefined {
  if (specifier.includes('*')) return undefined;
  const parts = specifier.split('/');
  const first = (parts[0] ?? '').replace(/\([^)]*\)$/, '');
  const rest = parts.slice(1);
  if ([first, ...rest].some((p) => !/^[A-Za-z0-9_.-]+$/.test(p))) return undefined;
  if (parts.length === 1) {
    const os = normalizeOS(first);
    if (KNOWN_OS.has(os)) return { os, architecture: 'amd64', variant: '' };
    const [arch, variant] = normalizeArch(first, '');
    if (KNOWN_ARCH.has(arch)) return { os: 'linux', architecture: arch, variant };
    return undefined;
  }
  if (parts.length === 2) {
    const [arch, variant] = normalizeArch(rest[0] ?? '', '');
    return { os: normalizeOS(first), architecture: arch, variant };
  }
  if (parts.length === 3) {
    const [arch, variant] = normalizeArch(rest[0] ?? '', rest[1] ?? '');
    return { os: normalizeOS(first), architecture: arch, variant };
  }
  return undefined;
}
