"""Information about the interpreter and the machine (CPython's `platform`), for Linux.

Supported: `python_implementation()` (from `sys.implementation.name`: 'Vivarium' under viv,
'CPython' under CPython), `python_version()`, `python_version_tuple()`, `python_build()`,
`python_compiler()`, `python_branch()`, `python_revision()`; `system()`, `node()`, `release()`,
`version()`, `machine()`, `processor()`, `uname()` (a named tuple with a `processor` field),
`architecture()`, `libc_ver()`, `platform(aliased, terse)`, `system_alias()`,
`freedesktop_os_release()`, and the other-OS queries `mac_ver()`, `win32_ver()`,
`win32_edition()`, `win32_is_iot()` (which return their empty defaults here).

Machine facts come from `os.uname()` when the runtime has it, and otherwise from the Linux
/proc/sys/kernel files (hostname, osrelease, version, arch) and the ELF header of the
interpreter. `processor()` is '' (CPython runs `uname -p`, which usually answers 'unknown' on
Linux, also reported as '').
"""

import collections
import os
import sys

__all__ = ['architecture', 'freedesktop_os_release', 'libc_ver', 'mac_ver', 'machine', 'node',
           'platform', 'processor', 'python_branch', 'python_build', 'python_compiler',
           'python_implementation', 'python_revision', 'python_version',
           'python_version_tuple', 'release', 'system', 'system_alias', 'uname',
           'uname_result', 'version', 'win32_edition', 'win32_is_iot', 'win32_ver']


# -- the interpreter -------------------------------------------------------------------------

# sys.implementation.name is lower case; these are the spellings platform reports.
_IMPLEMENTATION_NAMES = {
    'cpython': 'CPython',
    'pypy': 'PyPy',
    'ironpython': 'IronPython',
    'jython': 'Jython',
    'vivarium': 'Vivarium',
}


def python_implementation():
    """The interpreter's name: 'Vivarium' (under viv), 'CPython', 'PyPy', ..."""
    name = sys.implementation.name
    return _IMPLEMENTATION_NAMES.get(name, name.capitalize())


def python_version_tuple():
    """('major', 'minor', 'patchlevel'), as strings."""
    return tuple(str(part) for part in sys.version_info[:3])


def python_version():
    """'major.minor.patchlevel', e.g. '3.14.0'."""
    return '.'.join(python_version_tuple())


def _version_parts():
    # sys.version looks like '3.14.0 (build info) [compiler]'; either part may be missing.
    text = sys.version
    build = compiler = ''
    open_paren = text.find('(')
    close_paren = text.find(')', open_paren + 1)
    if open_paren >= 0 and close_paren > open_paren:
        build = text[open_paren + 1:close_paren]
    open_bracket = text.find('[')
    close_bracket = text.rfind(']')
    if open_bracket >= 0 and close_bracket > open_bracket:
        compiler = text[open_bracket + 1:close_bracket]
    return build, compiler


def python_build():
    """(build name or number, build date) from sys.version; ('', '') parts when absent."""
    build, _ = _version_parts()
    name, _, date = build.partition(',')
    return (name.strip(), date.strip())


def python_compiler():
    """The compiler named in sys.version ('Rust' under viv)."""
    return _version_parts()[1]


def python_branch():
    """The source branch the interpreter was built from ('' when unknown)."""
    return ''


def python_revision():
    """The source revision the interpreter was built from ('' when unknown)."""
    return ''


# -- the machine -----------------------------------------------------------------------------

def _read_text(path):
    try:
        with open(path) as f:
            return f.read().strip()
    except (OSError, ValueError):
        return ''


# ELF e_machine numbers of the common architectures, with the name `uname -m` gives.
_ELF_MACHINES = {
    0x03: 'i686', 0x08: 'mips', 0x14: 'ppc', 0x15: 'ppc64', 0x16: 's390x', 0x28: 'armv7l',
    0x2b: 'sparc64', 0x3e: 'x86_64', 0xb7: 'aarch64', 0xf3: 'riscv64', 0x102: 'loongarch64',
}


def _elf_header(path):
    try:
        with open(path, 'rb') as f:
            return f.read(20)
    except (OSError, ValueError, TypeError):
        return b''


def _machine_from_executable():
    head = _elf_header(sys.executable)
    if len(head) < 20 or head[:4] != b'\x7fELF':
        return ''
    little = head[5] == 1
    number = head[18] | (head[19] << 8) if little else (head[18] << 8) | head[19]
    name = _ELF_MACHINES.get(number, '')
    if name == 'ppc64' and little:
        name = 'ppc64le'
    return name


def _system_from_platform():
    known = {'linux': 'Linux', 'darwin': 'Darwin', 'win32': 'Windows', 'cygwin': 'CYGWIN_NT',
             'freebsd': 'FreeBSD', 'emscripten': 'Emscripten', 'wasi': 'WASI'}
    for prefix, name in known.items():
        if sys.platform.startswith(prefix):
            return name
    return sys.platform.capitalize()


class uname_result(collections.namedtuple('uname_result_base',
                                          'system node release version machine')):
    """(system, node, release, version, machine) plus `processor`, which also shows up when
    the result is iterated, indexed or measured with len() (as in CPython)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def _all(self):
        return tuple.__iter__(self)

    def __iter__(self):
        return iter(tuple(self._all()) + (self.processor,))

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self._all())

    def __repr__(self):
        parts = ', '.join('%s=%r' % (name, value)
                          for name, value in zip(self._fields[:5], self._all()))
        return 'uname_result(%s)' % parts


_uname_cache = None


def uname():
    """The system's identity: uname_result(system, node, release, version, machine)."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    fields = None
    if hasattr(os, 'uname'):
        try:
            fields = tuple(os.uname())
        except OSError:
            fields = None
    if fields is None:
        fields = (
            _system_from_platform(),
            _read_text('/proc/sys/kernel/hostname') or _read_text('/etc/hostname'),
            _read_text('/proc/sys/kernel/osrelease'),
            _read_text('/proc/sys/kernel/version'),
            _read_text('/proc/sys/kernel/arch') or _machine_from_executable(),
        )
    _uname_cache = uname_result(*fields)
    return _uname_cache


def system():
    """The operating system's name, e.g. 'Linux'."""
    return uname().system


def node():
    """The computer's network name ('' if unknown)."""
    return uname().node


def release():
    """The operating system's release, e.g. '6.1.0-13-amd64'."""
    return uname().release


def version():
    """The operating system's version string (the kernel build, on Linux)."""
    return uname().version


def machine():
    """The hardware type, e.g. 'x86_64' or 'aarch64'."""
    return uname().machine


def processor():
    """The processor name; '' here, as CPython reports on most Linux systems."""
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the executable, e.g. ('64bit', 'ELF').

    Like CPython (which asks the `file` command), an ELF executable's header decides both; for
    other files `bits` defaults to the interpreter's pointer size and `linkage` stays as given.
    """
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    head = _elf_header(executable) if executable else b''
    if head[:4] == b'\x7fELF' and len(head) > 4:
        linkage = 'ELF'
        if head[4] == 1:
            bits = '32bit'
        elif head[4] == 2:
            bits = '64bit'
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library name, version) of the C library the executable uses, e.g. ('glibc', '2.36').

    Found by looking for the GLIBC_x.y symbol versions the executable refers to (the newest one
    it needs); ('', '') (or the lib/version arguments) when there are none.
    """
    if executable is None:
        executable = sys.executable
        if not executable:
            return lib, version
    if executable not in _libc_cache:
        _libc_cache[executable] = _scan_for_glibc(executable, chunksize)
    found = _libc_cache[executable]
    if found is None:
        return lib, version
    return 'glibc', found


# executable -> newest GLIBC_ version it refers to (None: none, or unreadable). Scanning a large
# binary takes a moment, and the answer can't change while the program runs.
_libc_cache = {}


def _scan_for_glibc(executable, chunksize):
    marker = b'GLIBC_'
    best = None
    try:
        f = open(executable, 'rb')
    except OSError:
        return None
    with f:
        tail = b''
        while True:
            # Big reads: the scan is a handful of bytes.find calls per chunk, and many small
            # reads of a large binary are slow.
            chunk = f.read(max(chunksize, 1 << 22))
            if not chunk:
                break
            data = tail + chunk
            pos = data.find(marker)
            while pos >= 0:
                end = pos + len(marker)
                while end < len(data) and data[end] in b'0123456789.':
                    end += 1
                if end == len(data):
                    # The version may continue in the next chunk: look at it again then.
                    break
                found = data[pos + len(marker):end].decode('ascii').strip('.')
                if found and found[0].isdigit():
                    key = _version_key(found)
                    if best is None or key > best[0]:
                        best = (key, found)
                pos = data.find(marker, end)
            # Keep enough of the end to catch a marker split between two chunks.
            tail = data[pos:] if pos >= 0 else data[-(len(marker) + 16):]
    return None if best is None else best[1]


def _version_key(text):
    return tuple(int(part) if part.isdigit() else 0 for part in text.split('.'))


def system_alias(system, release, version):
    """(system, release, version) under their marketing names; unchanged on Linux."""
    return system, release, version


def _platform_string(*parts):
    # One identifier: parts joined with '-', blanks and odd characters replaced, no '--'.
    text = '-'.join(part.strip() for part in filter(None, parts))
    for ch in ' /\\:;"()':
        text = text.replace(ch, '_' if ch == ' ' else '-')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=False, terse=False):
    """A one-line description, e.g. 'Linux-6.1.0-13-amd64-x86_64-with-glibc2.36'.

    On Linux CPython reports the same full string whether or not `terse` is given.
    """
    info = uname()
    system_, release_, version_ = info.system, info.release, info.version
    if aliased:
        system_, release_, version_ = system_alias(system_, release_, version_)
    if system_ == 'Linux':
        libname, libversion = libc_ver()
        return _platform_string(system_, release_, info.machine, processor(),
                                'with', libname + libversion)
    if terse:
        return _platform_string(system_, release_)
    return _platform_string(system_, release_, info.machine, processor())


def _unquote_os_release(value):
    # Values may be quoted with ' or " and use backslash escapes, as in a shell.
    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
        value = value[1:-1]
    out = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
            out.append(value[i + 1])
            i += 2
            continue
        out.append(ch)
        i += 1
    return ''.join(out)


_os_release_cache = None


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict.

    NAME, ID and PRETTY_NAME default to 'Linux', 'linux' and 'Linux'. OSError if neither file
    can be read.
    """
    global _os_release_cache
    if _os_release_cache is None:
        errno_ = None
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    lines = f.read().splitlines()
            except OSError as e:
                errno_ = e
                continue
            info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
            for line in lines:
                name, sep, value = line.partition('=')
                if not sep or not name or not all(c.isalnum() or c == '_' for c in name):
                    continue
                if not name.isascii():
                    continue
                info[name] = _unquote_os_release(value)
            _os_release_cache = info
            break
        else:
            raise OSError(getattr(errno_, 'errno', 2),
                          'Unable to read files /etc/os-release, /usr/lib/os-release')
    return _os_release_cache.copy()


# -- other operating systems: their empty answers ---------------------------------------------

def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """macOS version information; the defaults elsewhere."""
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    """Windows version information; the defaults elsewhere."""
    return release, version, csd, ptype


def win32_edition():
    """The Windows edition; None elsewhere."""
    return None


def win32_is_iot():
    """Whether this is Windows IoT; False elsewhere."""
    return False
