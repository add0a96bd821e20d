# logging: levels, the logger hierarchy, handlers, formatters and basicConfig. Everything that
# goes to stderr is captured and shown with an 'err| ' prefix; file paths are printed relative
# and times are never printed, so the output is the same on every machine.
import os
import re
import sys
import time
import logging


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def take(self):
        text = ''.join(self.parts)
        self.parts = []
        # Tracebacks name this file by the path it was run with.
        return re.sub(r'File "[^"]*check_logging\.py"', 'File "check_logging.py"', text)


def show(capture, prefix):
    for line in capture.take().splitlines():
        print(prefix + line)


saved_stderr = sys.stderr
err = Capture()
sys.stderr = err

print('-- levels')
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL,
      logging.FATAL, logging.NOTSET)
for value in [10, 20, 30, 40, 50, 0, 15, 'INFO', 'WARN', 'FATAL', 'nope']:
    print(repr(value), repr(logging.getLevelName(value)))
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'), logging.getLevelNamesMapping()['VERBOSE'])

print('-- unconfigured')
lib = logging.getLogger('lib')
lib.info('not shown: below WARNING')
lib.warning('last resort prints only the message: %s', 42)
lib.error('and errors')
show(err, 'err| ')
print('root handlers:', logging.getLogger().handlers)
logging.info('module-level info is below the default WARNING level')
print('root handlers after logging.info:', len(logging.root.handlers))
logging.warning('the module-level functions call basicConfig(): %d%%', 50)
logging.error('error with args %r and %s', 'x', [1])
show(err, 'err| ')
print(logging.root.handlers, logging.root)
logging.basicConfig(level=logging.DEBUG)   # ignored: the root logger already has a handler
print(logging.getLevelName(logging.root.level))

print('-- basicConfig(force=True)')
out = Capture()
logging.basicConfig(force=True, stream=out, level=logging.DEBUG,
                    format='%(levelname)s|%(name)s|%(module)s|%(filename)s|%(funcName)s|%(lineno)d|%(message)s')


def work():
    logging.debug('inside %s', 'work')
    logging.getLogger('app.worker').info('from a named logger')


logging.info('at module level')
work()
logging.log(logging.WARNING, 'via log()')
logging.log(15, 'a custom level')
logging.critical('critical')
logging.fatal('fatal')
show(out, 'out| ')
show(err, 'err| ')


def helper(message):
    logging.getLogger('app').warning(message, stacklevel=2)


def caller():
    helper('stacklevel=2 reports the caller of helper')


caller()
show(out, 'out| ')

print('-- hierarchy')
abc = logging.getLogger('a.b.c')
print(abc.parent is logging.root, abc.name)
a = logging.getLogger('a')
print(abc.parent is a, a.parent is logging.root)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a, logging.getLogger('a.b') is ab)
print(logging.getLogger() is logging.root, logging.getLogger('root') is logging.root,
      logging.getLogger('') is logging.root)
print(repr(abc), repr(logging.root))
a.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.ERROR))
ab.setLevel('INFO')
print(abc.getEffectiveLevel(), repr(abc), repr(ab))
print(abc.getChild('d').name, logging.root.getChild('x.y').name, logging.getLogger('a.b.c.d').parent is abc)
try:
    ab.setLevel('BOGUS')
except ValueError as e:
    print('ValueError', e)
try:
    ab.setLevel(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    ab.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)

print('-- handlers and propagation')
mine = Capture()
handler = logging.StreamHandler(mine)
handler.setFormatter(logging.Formatter('[%(name)s] %(levelname)s: %(message)s'))
ab.addHandler(handler)
abc.info('info reaches a.b handler and root')
abc.debug('debug is below a.b level INFO')
show(mine, 'mine| ')
show(out, 'out| ')
handler.setLevel(logging.WARNING)
abc.info('now only root shows info')
abc.warning('both show warnings')
show(mine, 'mine| ')
show(out, 'out| ')
ab.propagate = False
abc.warning('not propagated past a.b')
show(mine, 'mine| ')
show(out, 'out| ')
print(abc.hasHandlers(), logging.getLogger('zzz').hasHandlers(), ab.handlers == [handler])
ab.removeHandler(handler)
ab.removeHandler(handler)   # removing twice is harmless
print(abc.hasHandlers())
abc.warning('no handlers up to a.b (propagate is off): lastResort')
show(err, 'err| ')
ab.propagate = True
print(repr(handler), repr(logging.NullHandler()), repr(logging.Handler()))

quiet = logging.getLogger('quietlib')
quiet.propagate = False
quiet.addHandler(logging.NullHandler())
quiet.error('a NullHandler swallows this')
show(err, 'err| ')

print('-- filters')
filtered = Capture()
fh = logging.StreamHandler(filtered)
fh.setFormatter(logging.Formatter('%(name)s:%(message)s'))
fh.addFilter(logging.Filter('net.http'))
for name in ['net', 'net.http', 'net.http.client', 'net.httpx']:
    logger = logging.getLogger(name)
    logger.propagate = False
    logger.addHandler(fh)
    logger.warning('hello')
fh.addFilter(lambda record: 'secret' not in record.getMessage())
logging.getLogger('net.http').warning('a secret')
logging.getLogger('net.http').warning('public')
show(filtered, 'filtered| ')
f = logging.Filter('x')
print(f.filter(logging.makeLogRecord({'name': 'x.y'})), f.filter(logging.makeLogRecord({'name': 'xy'})))

print('-- formatters')
rec = logging.LogRecord('fmt', logging.INFO, '/some/where/mod.py', 12, 'hello %s', ('world',), None, 'fn')
print(rec.getMessage(), rec.levelname, rec.levelno, rec.filename, rec.module, rec.lineno, rec.funcName)
print(repr(rec))
print(logging.Formatter().format(rec))
print(logging.Formatter('%(levelname)-8s|%(name)5s|%(message)s').format(rec))
print(logging.Formatter('{levelname}:{name}:{message}', style='{').format(rec))
print(logging.Formatter('$levelname ${name}: $message', style='$').format(rec))
print(logging.Formatter('%(message)s [%(app)s]', defaults={'app': 'demo'}).format(rec))
print(logging.Formatter('%(levelno)03d %(lineno)d %(funcName)s').format(rec))
for fmt, style in [('%(message)', '%'), ('plain text', '%'), ('plain', '{'), ('plain', '$'), ('x', '#')]:
    try:
        logging.Formatter(fmt, style=style)
        print('accepted', fmt)
    except ValueError as e:
        print('ValueError', e)


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


fixed = logging.makeLogRecord({'created': 86400.5, 'msecs': 500.0, 'msg': 'at a fixed time'})
print(UTCFormatter().formatTime(fixed), '|', UTCFormatter(datefmt='%d/%m/%Y %H:%M').formatTime(fixed, '%d/%m/%Y %H:%M'))
print(UTCFormatter('%(asctime)s %(message)s').format(fixed))
print(UTCFormatter('%(asctime)s %(message)s', datefmt='%H:%M:%S').format(fixed))
print(logging.Formatter('%(asctime)s').usesTime(), logging.Formatter('%(message)s').usesTime())
dict_rec = logging.LogRecord('n', 20, 'p', 1, '%(a)s+%(b)s', ({'a': 1, 'b': 2},), None)
print(dict_rec.args, dict_rec.getMessage())

print('-- extra, adapters, messages')
ex = Capture()
exh = logging.StreamHandler(ex)
exh.setFormatter(logging.Formatter('%(user)s did %(message)s', defaults={'user': '-'}))
audit = logging.getLogger('audit')
audit.propagate = False
audit.addHandler(exh)
audit.warning('login', extra={'user': 'bob'})
try:
    audit.warning('x', extra={'message': 'clash'})
except KeyError as e:
    print('KeyError', e.args[0])
adapter = logging.LoggerAdapter(audit, {'user': 'alice'})
adapter.warning('logout %d', 2)
adapter.info('not enabled: audit inherits WARNING from root? no, root is DEBUG')
print(repr(adapter), adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())
show(ex, 'ex| ')
audit.warning('%s', {'a': 1})
audit.warning({'not': 'a string'}, extra={'user': 'carol'})
audit.warning('no args but a %% sign', extra={'user': 'dan'})
show(ex, 'ex| ')
show(err, 'err| ')

print('-- exceptions')
logging.basicConfig(force=True, stream=out, format='%(levelname)s:%(name)s:%(message)s')
try:
    raise ValueError('boom')
except ValueError:
    logging.exception('caught %s', 'it')
    logging.error('with exc_info', exc_info=True)
    logging.warning('no exc_info')


# (only 'raise' lines: CPython 3.13 marks the failing call in a traceback with ~~^^ lines,
# which need column positions this formatter does not have)
try:
    raise KeyError('missing')
except KeyError as e:
    logging.getLogger('x').error('exception object', exc_info=e)
show(out, 'out| ')

print('-- disable')
logging.root.setLevel(logging.DEBUG)
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('still shown')
print(logging.root.isEnabledFor(logging.WARNING), logging.root.isEnabledFor(logging.ERROR))
logging.disable(logging.NOTSET)
logging.info('enabled again')
logging.disable()
logging.critical('everything off')
logging.disable(logging.NOTSET)
show(out, 'out| ')
off = logging.getLogger('off')
off.disabled = True
off.error('a disabled logger')
show(out, 'out| ')

print('-- FileHandler')
BASE = '/tmp/viv_check_logging'
if not os.path.isdir(BASE):
    os.mkdir(BASE)
log_path = os.path.join(BASE, 'app.log')
if os.path.exists(log_path):
    os.remove(log_path)
logging.basicConfig(force=True, filename=log_path, filemode='w', level=logging.INFO,
                    format='%(levelname)s %(name)s %(message)s')
fh_root = logging.root.handlers[0]
print(type(fh_root).__name__, os.path.relpath(fh_root.baseFilename, BASE), fh_root.mode)
logging.info('first line')
logging.getLogger('file.sub').warning('second line %d', 2)
logging.debug('below INFO')
fh_root.close()
with open(log_path) as fobj:
    print(repr(fobj.read()))
appender = logging.FileHandler(log_path)
appender.setFormatter(logging.Formatter('%(message)s'))
lf = logging.getLogger('appending')
lf.propagate = False
lf.addHandler(appender)
lf.warning('appended')
appender.close()
with open(log_path) as fobj:
    print(repr(fobj.read()))
print(repr(appender).replace(BASE, 'BASE'))
os.remove(log_path)
os.rmdir(BASE)

print('-- basicConfig errors')
for kwargs in [dict(stream=out, filename='x.log'), dict(handlers=[], stream=out), dict(bogus=1, force=True),
               dict(style='?', force=True)]:
    try:
        logging.basicConfig(**kwargs)
        print('no error')
    except ValueError as e:
        print('ValueError', e)
logging.basicConfig(force=True, handlers=[logging.StreamHandler(out)], style='{',
                    format='{levelname}/{name}: {message}')
logging.warning('via handlers=')
show(out, 'out| ')

print('-- lastResort = None')
saved_last = logging.lastResort
logging.lastResort = None
orphan = logging.getLogger('orphan')
orphan.propagate = False
orphan.warning('nobody hears this')
orphan.warning('or this')
show(err, 'err| ')
logging.lastResort = saved_last
orphan.warning('heard again')
show(err, 'err| ')

print('-- newer than 3.11')
# getChildren (3.12)
print(sorted(l.name for l in logging.getLogger('a').getChildren()),
      sorted(l.name for l in ab.getChildren()))
# handler names (3.12)
named = logging.StreamHandler(out)
named.name = 'console'
print(logging.getHandlerByName('console') is named, 'console' in logging.getHandlerNames())

sys.stderr = saved_stderr
