export const id = 231;
export const ids = [231];
export const modules = {

/***/ 77231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./packages/azure/src/auth-inputs.ts
var auth_inputs = __webpack_require__(26603);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __webpack_require__(91605);
// EXTERNAL MODULE: ./packages/storage/src/index.ts + 1 modules
var storage_src = __webpack_require__(79745);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/core/src/exec-on-demand.ts
let loading;
// By file, not by name: the name `@actions/exec` is this module in a bundle.
const real = () => (loading ??= __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 81260)));
async function exec(...args) {
    return (await real()).exec(...args);
}
async function getExecOutput(...args) {
    return (await real()).getExecOutput(...args);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./actions/db-backup/src/proc.ts










/** A tool's failure: its name, how it ended and the end of its stderr (secrets redacted). */
class ToolError extends Error {
    stderr;
    constructor(tool, how, stderr) {
        const tail = (0,src/* redact */.E$)((0,src/* oneLine */.TN)(stderr
            .trim()
            .split('\n')
            .filter((l) => l.trim() !== '')
            .slice(-3)
            .join(' ')));
        super(`${tool} ${how}${tail ? `: ${tail}` : ''}`);
        this.name = 'ToolError';
        this.stderr = stderr;
    }
}
/** Finds `names[i]` in `binDir` first, then on PATH; the first that exists wins. */
function findTool(names, binDir) {
    const dirs = [...(binDir ? [binDir] : []), ...(process.env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)];
    for (const name of names)
        for (const dir of dirs)
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name)))
                return (0,external_node_path_.join)(dir, name);
    return undefined;
}
/**
 * Spawns `command args` (an argument array, never a shell) with stderr drained as it comes. A raw
 * spawn because the caller streams through the process (pg_dump → upload, download → pg_restore);
 * what runs once with a small input goes through `capture`.
 */
function start(command, args, env, stdin = 'ignore', stdout = 'pipe') {
    const label = command.split('/').pop() ?? command;
    const child = (0,external_node_child_process_.spawn)(command, args, { env, stdio: [stdin, stdout, 'pipe'] });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d) => {
        stderr = (stderr + d).slice(-64 * 1024);
    });
    child.stdin?.on('error', () => { }); // EPIPE when the tool stops reading early; its exit code tells
    const done = new Promise((resolve, reject) => {
        child.on('error', (err) => reject(new ToolError(label, `could not be started (${err.message})`, '')));
        child.on('close', (code, signal) => {
            if (code === 0)
                resolve();
            else
                reject(new ToolError(label, signal ? `was killed by ${signal}` : `exited with code ${code}`, stderr));
        });
    });
    done.catch(() => { });
    return { child, done, stderr: () => stderr };
}
/** Size of the blocks a dump is written in, and how many there are (memory: BLOCK_BYTES × BLOCKS). */
const BLOCK_BYTES = 1024 * 1024;
const BLOCKS = 4;
/** A block with less room than this is sent: a read of a 4 KiB-writing dump tool rarely brings more. */
const MIN_READ = 64 * 1024;
/**
 * Spawns a dump tool and writes its stdout into every one of `targets`, in blocks of 1 MiB; each
 * target must be done with a block's bytes when its write callback runs (a zlib stream, a parser;
 * not a PassThrough), since the blocks are used over and over. `done` resolves once the tool
 * exited 0; the targets are ended after its last byte. A target that fails destroys the others and
 * stops the reading; a kill of the tool ends the output where it was.
 *
 * Why not `child.stdout`: a dump tool writes 4 KiB at a time, and a pipe from `spawn` hands Node a
 * new buffer of about 8 KiB per read, some 66,000 for a 520 MB dump, each a trip through every
 * stage after it (the compressor's a trip to the thread pool) and 64 KiB counted against V8's
 * external memory; joined into new 1 MiB buffers instead, they set off a full garbage collection
 * every 60 ms. Here the tool writes into a Unix socket that is read with `onread` straight into the
 * block being filled: no copy, no allocation; the main thread was busy 0.9 s instead of 1.55 s for
 * a 520 MB dump (db-backup/README.md, Measurements). The socket's folder is private (mkdtemp, 0700)
 * and gone once the two ends are connected. Windows, where `net` has no Unix sockets, keeps the pipe.
 */
async function startDump(command, args, env, targets) {
    if (process.platform === 'win32') {
        const running = start(command, args, env);
        (0,promises_.pipeline)(running.child.stdout, new storage_src/* Tee */.fN(targets)).catch(() => { });
        return running;
    }
    const free = [];
    let unmade = BLOCKS - 1;
    let block = Buffer.allocUnsafeSlow(BLOCK_BYTES);
    let filled = 0;
    let paused = false;
    const send = (full, bytes) => {
        let pending = targets.length;
        const written = () => {
            if (--pending > 0)
                return;
            free.push(full);
            if (paused) {
                paused = false;
                reader.resume();
            }
        };
        for (const target of targets)
            target.write(full.subarray(0, bytes), written);
    };
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'db-backup-'));
    let reader;
    let writer;
    try {
        const server = (0,external_node_net_.createServer)();
        const path = (0,external_node_path_.join)(dir, 'stdout');
        await new Promise((resolve, reject) => server.once('error', reject).listen(path, resolve));
        const accepted = new Promise((resolve) => server.once('connection', resolve));
        reader = (0,external_node_net_.connect)({
            path,
            onread: {
                // Node reads into what this returns, and asks again after each read, paused or not.
                buffer: () => block.subarray(filled),
                callback(bytes) {
                    filled += bytes;
                    if (BLOCK_BYTES - filled >= MIN_READ)
                        return true;
                    send(block, filled);
                    // There is always a block to read into: reading pauses when the last one was taken.
                    block = free.pop() ?? (unmade-- > 0 ? Buffer.allocUnsafeSlow(BLOCK_BYTES) : Buffer.alloc(0));
                    filled = 0;
                    if (free.length > 0 || unmade > 0)
                        return true;
                    paused = true;
                    return false;
                },
            },
        });
        reader.on('end', () => {
            if (filled > 0)
                send(block, filled);
            for (const target of targets)
                target.end();
        });
        reader.on('error', (err) => {
            for (const target of targets)
                target.destroy(err);
        });
        writer = await accepted;
        server.close();
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    (0,storage_src/* onBranchFailure */.KJ)(targets, (index, err) => {
        const target = targets[index];
        if (target.writableFinished)
            return;
        reader.destroy();
        for (const other of targets)
            if (other !== target && !other.destroyed)
                other.destroy(err);
    });
    // The tool has its own copy of the socket; once this one is closed, its exit is the reader's end.
    const running = start(command, args, env, 'ignore', writer);
    writer.destroy();
    return running;
}
/**
 * Runs a command once with @actions/exec (version probes, psql/mysql queries given in argv) and
 * resolves with its stdout; rejects with a ToolError that quotes the end of its stderr.
 * Nothing goes to stdin: @actions/exec writes its `input` with no error listener, so a tool that
 * exits without reading it (psql refused the connection) ends this process with EPIPE.
 * Silent: @actions/exec would echo the command line (hosts, users and database names from inputs)
 * and the tool's output straight to stdout, past the output layer.
 */
async function capture(command, args, env) {
    const label = command.split('/').pop() ?? command;
    let result;
    try {
        result = await getExecOutput(command, args, { env: definedOnly(env), silent: true, ignoreReturnCode: true });
    }
    catch (err) {
        // Not found, not executable, or spawn failed: @actions/exec says which in its message.
        throw new ToolError(label, `could not be started (${err instanceof Error ? err.message : String(err)})`, '');
    }
    // A tool killed by a signal has no exit code (null), whatever the type says.
    if (result.exitCode === null)
        throw new ToolError(label, 'was killed by a signal', result.stderr);
    if (result.exitCode !== 0)
        throw new ToolError(label, `exited with code ${result.exitCode}`, result.stderr);
    return result.stdout;
}
/** The environment without its unset entries, as @actions/exec's type wants it. */
function definedOnly(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/**
 * Streams `input` into the stdin of a tool started with `start(..., 'pipe')`; resolves once the
 * tool exited 0 and the input ended. On the first failure it stops the tool, destroys the input and
 * rejects with the tool's error if the tool failed by itself, the input's otherwise.
 *
 * Piped by hand rather than with `pipeline(input, stdin)`: a tool may exit 0 as soon as it has read
 * what it needs (pg_restore stops after the archive's last block) while the input's end is not yet
 * written; Node then destroys stdin, and `pipeline` would call a complete restore a premature close.
 * What the tool left unread is drained instead, so that what feeds the input (the tee beside the
 * upload) is not stalled, and the input must still end: it failing after the tool exited fails this.
 */
async function feed(input, running) {
    const stdin = running.child.stdin;
    if (!stdin)
        throw new Error('feed: the tool was started without a stdin pipe');
    const ended = (0,promises_.finished)(input);
    input.pipe(stdin);
    try {
        await Promise.all([
            running.done.then(() => {
                input.unpipe(stdin);
                input.resume();
            }),
            ended,
        ]);
    }
    catch (err) {
        // The tool's own failure says more than a broken pipe; a tool stopped here failed because of `err`.
        const stopped = running.child.exitCode === null && running.child.signalCode === null;
        stop(running.child);
        input.destroy();
        const toolErr = await running.done.then(() => undefined, (e) => e);
        throw stopped ? err : (toolErr ?? err);
    }
}
/**
 * Runs a tool that reads `input`: a stream Node feeds it (feed), or an upstream tool's stdout.
 * Resolves once every tool exited 0; a failure stops the other, and the one thrown is the cause (a
 * corrupt stream fails the decompressor; a failing restore breaks the pipe the decompressor writes
 * into). The upstream tool's environment is empty: it needs none, and the step's (inputs
 * included) is none of its business.
 */
async function runFed(command, args, env, input) {
    if (input instanceof external_node_stream_.Readable)
        return feed(input, start(command, args, env, 'pipe'));
    const upstream = start(input.command, input.args, {}, input.input ? 'pipe' : 'ignore');
    const fed = input.input ? feed(input.input, upstream) : upstream.done;
    const stdout = upstream.child.stdout;
    const running = start(command, args, env, stdout);
    // The tools hold the pipe's ends now. Node's copy of the read end would keep the upstream
    // writing into a pipe that nobody reads once this tool is gone, rather than failing.
    stdout.destroy();
    try {
        await Promise.all([running.done, fed]);
    }
    catch (first) {
        stop(running.child);
        stop(upstream.child);
        const [down, up] = await Promise.allSettled([running.done, fed]);
        // The cause, whichever was seen first: an upstream that failed by itself explains the second
        // tool's failure (a truncated stream); one stopped here, or writing into the pipe the second
        // tool closed as it failed, does not.
        if (up.status === 'rejected' && !follows(up.reason))
            throw up.reason;
        if (down.status === 'rejected' && !follows(down.reason))
            throw down.reason;
        throw first;
    }
}
/**
 * A tool's failure that only follows another's: stopped here, or its reader gone (EPIPE, SIGPIPE;
 * ECONNRESET, as Node's stdio pipes are socket pairs and a reader gone with bytes unread resets).
 */
function follows(err) {
    return (err instanceof ToolError &&
        (/ was killed by SIG(TERM|PIPE)\b/.test(err.message) || /broken pipe|connection reset/i.test(err.stderr)));
}
/** Kills a child if it still runs. */
function stop(child) {
    if (child.exitCode === null && child.signalCode === null)
        child.kill('SIGTERM');
}

;// CONCATENATED MODULE: ./actions/db-backup/src/compression.ts






const EXTENSION = { zstd: '.zst', gzip: '.gz', none: '' };
/**
 * Default levels: zstd 1, gzip 6 (gzip's own). zstd 1 rather than zstd's own 3: the dump is on a
 * deploy's critical path, and on a 2-core runner the pipeline is CPU-bound, where level 3 only
 * matched `pg_dump -Fc` and level 1 ran 1.7× faster (db-backup/README.md, Measurements).
 */
function compressor(kind, level) {
    if (kind === 'zstd')
        return (0,external_node_zlib_.createZstdCompress)({ chunkSize: CHUNK, params: { [external_node_zlib_.constants.ZSTD_c_compressionLevel]: level ?? 1 } });
    if (kind === 'gzip')
        return (0,external_node_zlib_.createGzip)({ chunkSize: CHUNK, level: Math.min(level ?? 6, 9) });
    return copying();
}
/**
 * Without compression, a copy: the dump's blocks are reused once the write callback ran (proc.ts
 * startDump), which zlib allows, having taken the bytes in by then, and a PassThrough does not: it
 * passes the block itself on.
 */
function copying() {
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            cb(null, Buffer.from(chunk));
        },
    });
}
function decompressor(kind) {
    if (kind === 'zstd')
        return (0,external_node_zlib_.createZstdDecompress)({ chunkSize: CHUNK });
    if (kind === 'gzip')
        return (0,external_node_zlib_.createGunzip)({ chunkSize: CHUNK });
    return new external_node_stream_.PassThrough();
}
/** The commands that decompress to stdout, and how: quiet, from stdin or the file named last. */
const TOOLS = {
    zstd: { names: ['zstd'], args: ['-d', '-c', '-q'] },
    gzip: { names: ['gzip'], args: ['-d', '-c'] },
};
/**
 * What a restore tool reads: `source` (the stored bytes as a stream, or a file of them)
 * decompressed. By the `zstd` or `gzip` command when it is on PATH, whose stdout is the restore
 * tool's stdin: the decompressed bytes, 4–5× the stored ones, then never pass through Node. In
 * Node, each of them is a buffer for the garbage collector, and the restore verification beside
 * the upload cost 0.9 s more CPU on a 520 MB dump (db-backup/README.md, Measurements). In-process
 * (zlib) otherwise, as on a runner without those commands.
 */
function decompressed(kind, source) {
    const tool = TOOLS[kind];
    const command = tool && findTool(tool.names);
    if (tool && command)
        return source instanceof external_node_stream_.Readable
            ? { command, args: tool.args, input: source }
            : { command, args: [...tool.args, '--', source.file] };
    const input = source instanceof external_node_stream_.Readable ? source : (0,external_node_fs_.createReadStream)(source.file);
    if (kind === 'none')
        return input;
    const decompress = decompressor(kind);
    (0,promises_.pipeline)(input, decompress).catch(() => { }); // a failure destroys decompress, failing the restore
    return decompress;
}
/** For the log: " (decompressed by zstd)", " (decompressed in-process)", or nothing. */
function decompressedBy(kind, input) {
    if (kind === 'none')
        return '';
    return input instanceof external_node_stream_.Readable ? ' (decompressed in-process)' : ` (decompressed by ${(0,external_node_path_.basename)(input.command)})`;
}
/**
 * Output buffers of 256 KiB rather than zlib's 16 KiB: each full output buffer is one more trip to
 * the thread pool, and one more chunk through every stage after it (hashing, the upload's parts,
 * when restoring a write into pg_restore's pipe). Against 64 KiB, a 520 MB dump's backup took 0.1 s
 * less CPU and 0.3 s less time (db-backup/README.md, Measurements).
 */
const CHUNK = 256 * 1024;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./actions/db-backup/src/connection-string.ts

/**
 * ADO.NET connection strings as Npgsql reads them (npgsql.org/doc/connection-string-parameters):
 * `Host=db.example.com;Port=5432;Database=app;Username=app;Password=…;SSL Mode=Require`. .NET teams
 * keep the database in this form (appsettings, Key Vault), so db-backup takes it wherever it takes
 * a postgres:// URL. Keywords are case-insensitive and spaces in them do not count (`SSL Mode`,
 * `SslMode`); a value may be quoted with " or ' (the quote doubled inside) to hold a `;`.
 */
/** The accepted forms, for the one line that refuses a bad string. */
const NPGSQL_FORM = 'an Npgsql connection string such as Host=db.example.com;Port=5432;Database=app;Username=app;Password=…;SSL Mode=Require';
/** Npgsql's keywords and their aliases (spaces removed, lower case) → what each sets. */
const KEYWORDS = {
    host: 'host',
    server: 'host',
    port: 'port',
    database: 'database',
    db: 'database',
    initialcatalog: 'database',
    username: 'user',
    userid: 'user',
    uid: 'user',
    user: 'user',
    password: 'password',
    pwd: 'password',
    psw: 'password',
    sslmode: 'sslmode',
    timeout: 'timeout',
    applicationname: 'appname',
};
/**
 * Npgsql keywords that tune the .NET driver (pooling, command timeouts, type loading …) and mean
 * nothing to pg_dump or psql: accepted and left out, so the application's own string works as is.
 */
const DRIVER_ONLY = new Set([
    'pooling',
    'minpoolsize',
    'maxpoolsize',
    'connectionidlelifetime',
    'connectionpruninginterval',
    'connectionlifetime',
    'commandtimeout',
    'internalcommandtimeout',
    'cancellationtimeout',
    'keepalive',
    'tcpkeepalive',
    'trustservercertificate',
    'includeerrordetail',
    'persistsecurityinfo',
    'maxautoprepare',
    'autoprepareminusages',
    'multiplexing',
    'enlist',
    'searchpath',
    'readbuffersize',
    'writebuffersize',
    'noresetonclose',
    'serverversion',
    'loadtabletypes',
    'encoding',
    'clientencoding',
]);
/** Npgsql's SSL Mode values, as libpq's sslmode spells them. */
const SSL_MODES = {
    disable: 'disable',
    allow: 'allow',
    prefer: 'prefer',
    require: 'require',
    verifyca: 'verify-ca',
    verifyfull: 'verify-full',
};
/** Whether `raw` is meant as a connection string (keyword=value;…) rather than a URL. */
function looksLikeConnectionString(raw) {
    return !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw.trim()) && /^\s*[^=;]+=/.test(raw);
}
/**
 * Parses an Npgsql connection string. The password is masked before anything else is looked at;
 * an error names keywords, never values.
 */
function parseNpgsqlConnectionString(raw) {
    const pairs = splitPairs(raw);
    // Mask first: a later error must not be able to carry the password anywhere.
    for (const [key, value] of pairs)
        if (KEYWORDS[normalise(key)] === 'password' && value)
            (0,src/* maskSecret */.$l)(value);
    const conn = { database: '', params: {} };
    for (const [key, value] of pairs) {
        const k = normalise(key);
        const field = KEYWORDS[k];
        if (field === undefined) {
            if (DRIVER_ONLY.has(k))
                continue;
            // Not echoed: an unquoted ';' in a password makes its tail look like a keyword.
            throw new Error(`has a keyword Npgsql does not know (${where(pairs, key)})`);
        }
        switch (field) {
            case 'host': {
                if (value.includes(','))
                    throw new Error('names several hosts in Host: give the one primary to back up from');
                // Npgsql takes host:port in Host too.
                const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(value);
                if (!m)
                    throw new Error('has a Host that is not a host name or host:port');
                conn.host = m[1].replace(/^\[|\]$/g, '');
                if (m[2] !== undefined)
                    conn.port = port(m[2]);
                break;
            }
            case 'port':
                conn.port = port(value);
                break;
            case 'database':
                conn.database = value;
                break;
            case 'user':
                conn.user = value;
                break;
            case 'password':
                conn.password = value || undefined;
                break;
            case 'sslmode': {
                const mode = SSL_MODES[normalise(value).replace(/-/g, '')];
                if (!mode)
                    throw new Error('has an SSL Mode that is not Disable, Allow, Prefer, Require, VerifyCA or VerifyFull');
                conn.params.sslmode = mode;
                break;
            }
            case 'timeout':
                if (!/^\d+$/.test(value))
                    throw new Error('has a Timeout that is not a whole number of seconds');
                conn.params.connect_timeout = value;
                break;
            case 'appname':
                conn.params.application_name = value;
                break;
        }
    }
    if (!conn.host)
        throw new Error('names no Host (or Server)');
    return conn;
}
/** Where a keyword is, by its known neighbour: "the 3rd keyword, after Port". */
function where(pairs, key) {
    const i = pairs.findIndex(([k]) => k === key);
    const before = pairs
        .slice(0, i)
        .reverse()
        .find(([k]) => KEYWORDS[normalise(k)] !== undefined || DRIVER_ONLY.has(normalise(k)));
    return `keyword ${i + 1}${before ? `, after ${before[0]}` : ''}`;
}
/** Where splitting stopped, by the last keyword Npgsql knows (never text that may be a password's). */
function afterPair(pairs) {
    const known = pairs.filter(([k]) => KEYWORDS[normalise(k)] !== undefined || DRIVER_ONLY.has(normalise(k)));
    return known.length > 0 ? `after ${known.at(-1)[0]}` : 'at the start';
}
function normalise(key) {
    return key.replace(/\s+/g, '').toLowerCase();
}
function port(value) {
    const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1 && n <= 65535))
        throw new Error('has a Port that is not a number from 1 to 65535');
    return n;
}
/**
 * keyword=value pairs as DbConnectionStringBuilder splits them: `;` separates, `==` in a keyword
 * is a literal `=`, a value in "…" or '…' holds `;` and its own quote doubled. Empty segments (a
 * trailing `;`) are allowed.
 */
function splitPairs(raw) {
    const pairs = [];
    let i = 0;
    const s = raw;
    while (i < s.length) {
        // The keyword, up to a single '='.
        let key = '';
        while (i < s.length) {
            if (s[i] === '=' && s[i + 1] === '=') {
                key += '=';
                i += 2;
            }
            else if (s[i] === '=')
                break;
            else if (s[i] === ';' && key.trim() === '') {
                i++;
            }
            else {
                if (s[i] === ';')
                    throw new Error(`has text without =value (${afterPair(pairs)})`);
                key += s[i];
                i++;
            }
        }
        if (key.trim() === '') {
            if (i >= s.length)
                break;
            throw new Error('has a value without a keyword');
        }
        if (i >= s.length)
            throw new Error(`has text without =value (${afterPair(pairs)})`);
        i++; // '='
        while (s[i] === ' ' || s[i] === '\t')
            i++;
        let value = '';
        const quote = s[i];
        if (quote === '"' || quote === "'") {
            i++;
            for (;;) {
                if (i >= s.length)
                    throw new Error(`has an unterminated ${quote === '"' ? 'double' : 'single'} quote (${afterPair([...pairs, [key.trim(), '']])})`);
                if (s[i] === quote && s[i + 1] === quote) {
                    value += quote;
                    i += 2;
                }
                else if (s[i] === quote) {
                    i++;
                    break;
                }
                else
                    value += s[i++];
            }
            while (s[i] === ' ' || s[i] === '\t')
                i++;
            if (i < s.length && s[i] !== ';')
                throw new Error(`has text after a quoted value (${afterPair([...pairs, [key.trim(), '']])})`);
        }
        else {
            while (i < s.length && s[i] !== ';')
                value += s[i++];
            value = value.trim();
        }
        i++; // ';'
        pairs.push([key.trim(), value]);
    }
    if (pairs.length === 0)
        throw new Error('is empty');
    return pairs;
}

;// CONCATENATED MODULE: ./actions/db-backup/src/pg-archive.ts
/**
 * Reads a pg_dump custom-format archive as it streams by and counts the rows of every table's data,
 * so the manifest's row counts come from the dumped bytes themselves (exactly the dump's snapshot)
 * without a second scan of production.
 *
 * The layout is pg_dump's (src/bin/pg_dump/pg_backup_archiver.c WriteHead/WriteToc and
 * pg_backup_custom.c): the header, the TOC, then one data block per TOC entry that has data, in
 * archive versions 1.12 to 1.16 (PostgreSQL 9.x to 18). An integer is a sign byte and `intSize`
 * little-endian bytes; a string is its length (an integer, -1 for NULL) and its bytes. A data block
 * is a type byte (1 data, 3 large objects), the entry's dump id, then chunks (length, bytes) ended
 * by a zero length; large objects are (oid, chunks) pairs ended by oid 0. Written to a pipe, the
 * archive ends right after the last block: there is no trailer, so completeness is every data
 * entry of the TOC having had its block, each one ended by its end marker.
 *
 * Table data is COPY text format (pg_dump -Fc -Z0: uncompressed): every row ends with a newline and
 * a newline inside a value is written as `\n`, so rows = newlines of the block's chunks, less the
 * end-of-data line `\.` and the empty lines after it where pg_dump writes them (15 writes `\.` and two).
 * A row is never `\.` (a backslash in a value is doubled), so that line is always the marker.
 */

class ArchiveError extends Error {
    constructor(message) {
        super(`the pg_dump archive ${message}`);
        this.name = 'ArchiveError';
    }
}
const version = (major, minor) => (major * 256 + minor) * 256;
const V1_12 = version(1, 12);
const V1_14 = version(1, 14);
const V1_15 = version(1, 15);
const V1_16 = version(1, 16);
const FORMAT_CUSTOM = 1;
const BLK_DATA = 1;
const BLK_BLOBS = 3;
const OFFSET_NO_DATA = 3;
/** Bytes kept of a block's end: the marker line, its newline before and a few empty lines after. */
const TAIL = 8;
/** The end-of-data marker line, then empty lines, at the end of a block's COPY text. */
const END_OF_DATA = /(?:^|\n)\\\.\n(\n*)$/;
/** Thrown by the header reader when the bytes so far end inside a field (one instance). */
const NEED_MORE = new Error('the archive needs more bytes');
/** Reads fields from a byte buffer; throws NEED_MORE past its end. */
class FieldReader {
    pos = 0;
    buf;
    intSize;
    offSize;
    constructor(buf, intSize, offSize) {
        this.buf = buf;
        this.intSize = intSize;
        this.offSize = offSize;
    }
    byte() {
        if (this.pos >= this.buf.length)
            throw NEED_MORE;
        return this.buf[this.pos++];
    }
    bytes(n) {
        if (this.pos + n > this.buf.length)
            throw NEED_MORE;
        const out = this.buf.subarray(this.pos, this.pos + n);
        this.pos += n;
        return out;
    }
    int() {
        if (this.pos + 1 + this.intSize > this.buf.length)
            throw NEED_MORE;
        const value = readInt(this.buf, this.pos, 1 + this.intSize);
        this.pos += 1 + this.intSize;
        return value;
    }
    str() {
        const len = this.int();
        if (len < 0)
            return null;
        return this.bytes(len).toString('utf8');
    }
}
/**
 * A writable that parses the archive, one of the branches the dump is written to (see proc.ts
 * startDump); it is done with a chunk's bytes when its write callback runs. `counts` resolves once
 * the stream ended on a complete archive, and rejects on anything else: not a custom-format archive,
 * compressed data, an unknown block, a block twice, or a block missing or cut short. The stream
 * itself never errors, so that the other branches get every byte.
 */
class ArchiveCounter extends external_node_stream_.Writable {
    counts;
    settle;
    /** Header and TOC bytes not parsed yet; undefined once the data blocks began. */
    head = Buffer.alloc(0);
    headerRead = false;
    version = 0;
    intSize = 4;
    offSize = 8;
    tocLeft = 0;
    entries = new Map();
    tables = new Set();
    state = 'blockType';
    /** The first bytes of an integer split across two chunks of the stream. */
    carry;
    blockType = 0;
    block;
    chunkLeft = 0;
    rows = 0;
    /** The last bytes of the current table data block, and how many it had. */
    tail = new Uint8Array(TAIL);
    blockBytes = 0;
    seen = new Set();
    result = {};
    failure;
    constructor() {
        super();
        this.counts = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
        this.counts.catch(() => { });
    }
    _write(chunk, _enc, cb) {
        // A problem is the verdict's (`counts`), not the stream's, so that the dump tool's own exit
        // status, which says more about a broken dump, is looked at first.
        if (!this.failure) {
            try {
                if (this.head)
                    this.readHead(chunk);
                else
                    this.readData(chunk);
            }
            catch (err) {
                this.failure = err instanceof Error ? err : new Error(String(err));
            }
        }
        cb();
    }
    _final(cb) {
        try {
            if (this.failure)
                throw this.failure;
            this.finish();
            this.settle.resolve(this.result);
        }
        catch (err) {
            this.settle.reject(err instanceof Error ? err : new Error(String(err)));
        }
        cb();
    }
    _destroy(err, cb) {
        this.settle.reject(err ?? new ArchiveError('stream was destroyed before its end'));
        cb(err);
    }
    /** The header, then the TOC entry by entry; what follows the TOC goes to readData. */
    readHead(chunk) {
        const buf = this.head?.length ? Buffer.concat([this.head, chunk]) : chunk;
        const r = new FieldReader(buf, this.intSize, this.offSize);
        let parsed = 0;
        try {
            if (!this.headerRead) {
                this.readHeader(r);
                this.headerRead = true;
                parsed = r.pos;
            }
            for (; this.tocLeft > 0; this.tocLeft--) {
                this.readTocEntry(r);
                parsed = r.pos;
            }
        }
        catch (err) {
            if (err !== NEED_MORE)
                throw err;
            this.head = Buffer.from(buf.subarray(parsed));
            return;
        }
        this.head = undefined;
        // Table data of a table the archive does not create (an extension's configuration table, also
        // filled by CREATE EXTENSION) has no comparable count: only the archive's own tables count.
        for (const e of this.entries.values()) {
            const key = `${e.namespace}.${e.tag}`;
            if (e.desc === 'TABLE DATA' && this.tables.has(key))
                this.result[key] = 0;
        }
        if (r.pos < buf.length)
            this.readData(buf.subarray(r.pos));
    }
    readHeader(r) {
        if (r.bytes(5).toString('latin1') !== 'PGDMP')
            throw new ArchiveError('does not start with PGDMP');
        const vmaj = r.byte();
        const vmin = r.byte();
        r.byte(); // revision
        this.version = version(vmaj, vmin);
        if (this.version < V1_12 || this.version > V1_16)
            throw new ArchiveError(`has version ${vmaj}.${vmin}, which this reader does not know (1.12 to 1.16)`);
        r.intSize = r.byte();
        r.offSize = r.byte();
        if (r.intSize < 1 || r.intSize > 6 || r.offSize < 1 || r.offSize > 8)
            throw new ArchiveError(`has integers of ${r.intSize} and offsets of ${r.offSize} bytes`);
        const format = r.byte();
        if (format !== FORMAT_CUSTOM)
            throw new ArchiveError(`is format ${format}, not custom (-Fc)`);
        const compression = this.version >= V1_15 ? r.byte() : r.int();
        if (compression !== 0)
            throw new ArchiveError('is compressed: rows are counted in an uncompressed one only (pg_dump -Z0)');
        for (let i = 0; i < 7; i++)
            r.int(); // creation time
        r.str(); // database
        r.str(); // server version
        r.str(); // pg_dump version
        const entries = r.int();
        if (entries < 0)
            throw new ArchiveError(`has a TOC of ${entries} entries`);
        this.intSize = r.intSize;
        this.offSize = r.offSize;
        this.tocLeft = entries;
    }
    readTocEntry(r) {
        const dumpId = r.int();
        r.int(); // had a dumper
        r.str(); // catalog table oid
        r.str(); // oid
        const tag = r.str() ?? '';
        const desc = r.str() ?? '';
        r.int(); // section
        r.str(); // definition
        r.str(); // drop statement
        r.str(); // copy statement
        const namespace = r.str() ?? '';
        r.str(); // tablespace
        if (this.version >= V1_14)
            r.str(); // table access method
        if (this.version >= V1_16)
            r.int(); // relkind
        r.str(); // owner
        r.str(); // with oids
        while (r.str() !== null)
            ; // dependencies, ended by NULL
        const dataState = r.byte(); // the custom format's data offset: its state, then the offset
        r.bytes(r.offSize);
        if (dumpId <= 0 || this.entries.has(dumpId))
            throw new ArchiveError(`has a TOC entry with id ${dumpId}`);
        this.entries.set(dumpId, { dumpId, desc, tag, namespace, hasData: dataState !== OFFSET_NO_DATA });
        if (desc === 'TABLE')
            this.tables.add(`${namespace}.${tag}`);
    }
    /** The data blocks, the hot path: a field or a chunk at a time, no copies. */
    readData(buf) {
        const n = buf.length;
        const intBytes = 1 + this.intSize;
        let pos = 0;
        if (this.carry) {
            // An integer split across chunks: complete it from the start of this one.
            const need = intBytes - this.carry.length;
            if (n < need) {
                this.carry = Buffer.concat([this.carry, buf]);
                return;
            }
            const whole = Buffer.concat([this.carry, buf.subarray(0, need)]);
            this.carry = undefined;
            this.onInt(readInt(whole, 0, intBytes));
            pos = need;
        }
        while (pos < n) {
            const state = this.state;
            if (state === 'chunk') {
                const end = Math.min(n, pos + this.chunkLeft);
                if (this.blockType === BLK_DATA) {
                    let at = buf.indexOf(10, pos);
                    while (at !== -1 && at < end) {
                        this.rows++;
                        at = buf.indexOf(10, at + 1);
                    }
                    this.keepTail(buf, pos, end);
                }
                this.chunkLeft -= end - pos;
                pos = end;
                if (this.chunkLeft === 0)
                    this.state = 'chunkLen';
            }
            else if (state === 'blockType') {
                this.blockType = buf[pos++];
                if (this.blockType !== BLK_DATA && this.blockType !== BLK_BLOBS)
                    throw new ArchiveError(`has an unknown data block type ${this.blockType}`);
                this.state = 'blockId';
            }
            else if (n - pos < intBytes) {
                this.carry = Buffer.from(buf.subarray(pos));
                return;
            }
            else {
                this.onInt(readInt(buf, pos, intBytes));
                pos += intBytes;
            }
        }
    }
    /** An integer of the data section, in the current state. */
    onInt(value) {
        switch (this.state) {
            case 'blockId': {
                const entry = this.entries.get(value);
                if (!entry?.hasData)
                    throw new ArchiveError(`has a data block for entry ${value}, which has no data`);
                if (this.seen.has(value))
                    throw new ArchiveError(`has two data blocks for entry ${value}`);
                this.seen.add(value);
                this.block = entry;
                this.rows = 0;
                this.blockBytes = 0;
                this.state = this.blockType === BLK_BLOBS ? 'loOid' : 'chunkLen';
                return;
            }
            case 'chunkLen':
                if (value < 0)
                    throw new ArchiveError(`has a chunk of negative length ${value}`);
                if (value > 0) {
                    this.chunkLeft = value;
                    this.state = 'chunk';
                }
                else if (this.blockType === BLK_BLOBS) {
                    this.state = 'loOid'; // the end of one large object
                }
                else {
                    this.endBlock();
                }
                return;
            case 'loOid':
                if (value === 0)
                    this.endBlock();
                else
                    this.state = 'chunkLen';
                return;
            default:
                throw new Error(`unexpected integer in state ${this.state}`);
        }
    }
    /** Keeps the last TAIL bytes of the block's data, `buf[start, end)` being its newest. */
    keepTail(buf, start, end) {
        const t = this.tail;
        const len = end - start;
        this.blockBytes += len;
        if (len >= TAIL) {
            for (let k = 0; k < TAIL; k++)
                t[k] = buf[end - TAIL + k];
        }
        else {
            t.copyWithin(0, len);
            for (let k = 0; k < len; k++)
                t[TAIL - len + k] = buf[start + k];
        }
    }
    endBlock() {
        const b = this.block;
        const key = `${b.namespace}.${b.tag}`;
        if (b.desc === 'TABLE DATA' && key in this.result) {
            const kept = Math.min(TAIL, this.blockBytes);
            const end = END_OF_DATA.exec(Buffer.from(this.tail.subarray(TAIL - kept)).toString('latin1'));
            // A match at the start of the kept bytes is a line start only if they are the whole block.
            const marker = end !== null && (end[0].startsWith('\n') || this.blockBytes <= TAIL);
            this.result[key] = this.rows - (marker ? 1 + (end[1] ?? '').length : 0);
        }
        this.block = undefined;
        this.state = 'blockType';
    }
    finish() {
        if (this.head)
            throw new ArchiveError('ended inside its header or table of contents: it is cut short');
        if (this.state !== 'blockType' || this.carry)
            throw new ArchiveError(`ended inside the data of entry ${this.block?.dumpId ?? '?'}: it is cut short`);
        const missing = [...this.entries.values()].filter((e) => e.hasData && !this.seen.has(e.dumpId));
        if (missing.length > 0)
            throw new ArchiveError(`ended before the data of ${missing.length} entr${missing.length === 1 ? 'y' : 'ies'} (` +
                missing
                    .slice(0, 3)
                    .map((e) => `${e.desc} ${e.namespace ? `${e.namespace}.` : ''}${e.tag}`)
                    .join(', ') +
                '): it is cut short');
    }
}
/** An archive integer at `pos`: a sign byte, then little-endian magnitude bytes. */
function readInt(buf, pos, intBytes) {
    let value = 0;
    for (let i = intBytes - 1; i >= 1; i--)
        value = value * 256 + buf[pos + i];
    return buf[pos] ? -value : value;
}

;// CONCATENATED MODULE: ./actions/db-backup/src/engines.ts
/**
 * The two engines behind one interface: PostgreSQL (pg_dump custom format, pg_restore, psql) and
 * MySQL/MariaDB (mariadb-dump/mysqldump --single-transaction with its completion trailer, the
 * mariadb/mysql client). Passwords reach the tools only through the environment (PGPASSWORD,
 * MYSQL_PWD), never argv, where any process on the machine could read them.
 */






/**
 * Parses postgres://, postgresql://, mysql:// or mariadb:// URLs, and Npgsql connection strings
 * (Host=…;Database=…, PostgreSQL); the password is masked first.
 */
function parseDatabaseUrl(raw) {
    if (looksLikeConnectionString(raw))
        return { engine: 'postgres', conn: parseNpgsqlConnectionString(raw) };
    let u;
    try {
        u = new URL(raw.trim());
    }
    catch {
        throw new Error('is not a URL');
    }
    const password = decodeURIComponent(u.password);
    if (password)
        (0,src/* maskSecret */.$l)(password);
    const scheme = u.protocol.replace(/:$/, '');
    const engine = scheme === 'postgres' || scheme === 'postgresql'
        ? 'postgres'
        : scheme === 'mysql' || scheme === 'mariadb'
            ? 'mysql'
            : undefined;
    if (!engine)
        throw new Error(`has the scheme ${scheme}: use postgres://, postgresql://, mysql:// or mariadb://`);
    const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
    const params = {};
    for (const [k, v] of u.searchParams)
        params[k] = v;
    return {
        engine,
        conn: {
            host: u.hostname ? u.hostname.replace(/^\[|\]$/g, '') : undefined,
            port: u.port ? Number(u.port) : undefined,
            user: u.username ? decodeURIComponent(u.username) : undefined,
            password: password || undefined,
            database,
            params,
        },
    };
}
/** The connection from the engine's usual environment variables. */
function connFromEnv(engine) {
    const e = process.env;
    if (engine === 'postgres') {
        if (e.PGPASSWORD)
            (0,src/* maskSecret */.$l)(e.PGPASSWORD);
        return {
            host: e.PGHOST,
            port: e.PGPORT ? Number(e.PGPORT) : undefined,
            user: e.PGUSER,
            password: e.PGPASSWORD,
            database: e.PGDATABASE ?? '',
            params: e.PGSSLMODE ? { sslmode: e.PGSSLMODE } : {},
        };
    }
    if (e.MYSQL_PWD)
        (0,src/* maskSecret */.$l)(e.MYSQL_PWD);
    return {
        host: e.MYSQL_HOST,
        port: e.MYSQL_TCP_PORT ? Number(e.MYSQL_TCP_PORT) : undefined,
        user: e.MYSQL_USER ?? e.USER,
        password: e.MYSQL_PWD,
        database: e.MYSQL_DATABASE ?? '',
        params: {},
    };
}
function engineFor(name, binDir) {
    return name === 'postgres' ? postgres(binDir) : mysql(binDir);
}
function tool(names, binDir, pkg) {
    const found = findTool(names, binDir);
    if (!found)
        throw new src/* ActionFailure */.dR(`${names[0]} was not found${binDir ? ` in ${binDir} or` : ''} on PATH: install ${pkg}${binDir ? '' : ' or set client-bin-dir'}`);
    return found;
}
const major = (version) => Number(/^(\d+)/.exec(version)?.[1] ?? NaN);
const scratchName = () => `db_backup_verify_${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
// ---------------------------------------------------------------------------------------------
// PostgreSQL
function postgres(binDir) {
    const bin = (name) => tool([name], binDir, 'the PostgreSQL client (postgresql-client-<major>)');
    const env = (c) => {
        const out = {
            ...process.env,
            PGCONNECT_TIMEOUT: process.env.PGCONNECT_TIMEOUT ?? '10',
            PGAPPNAME: 'db-backup',
        };
        if (c.host)
            out.PGHOST = c.host;
        if (c.port)
            out.PGPORT = String(c.port);
        if (c.user)
            out.PGUSER = c.user;
        if (c.password)
            out.PGPASSWORD = c.password;
        out.PGDATABASE = c.database;
        if (c.params.sslmode)
            out.PGSSLMODE = c.params.sslmode;
        return out;
    };
    const psqlArgs = ['-X', '-w', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1'];
    const psql = (c, sql) => capture(bin('psql'), [...psqlArgs, '-d', c.database, '-c', sql], env(c));
    const connectFailure = (c, err) => new src/* ActionFailure */.dR(`Cannot connect to PostgreSQL at ${describe(c)}: ${stripTool(err)}`);
    const describe = (c) => `${c.host ?? '(socket)'}:${c.port ?? 5432}/${c.database}`;
    // "schema.table|rows" for every table, in one statement (no \gexec), to compare a restored
    // database with the counts read from the archive. An extension's own tables are left out: the
    // archive does not create them (CREATE EXTENSION does), so it has no count of theirs.
    const TABLES = `SELECT n.nspname || '.' || c.relname || '|' ||
      (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM ONLY %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    ORDER BY n.nspname, c.relname;`;
    const parseCounts = (out) => {
        const counts = {};
        for (const line of out.split('\n')) {
            const at = line.lastIndexOf('|');
            if (at > 0)
                counts[line.slice(0, at)] = Number(line.slice(at + 1));
        }
        return counts;
    };
    return {
        name: 'postgres',
        format: 'pg_dump-custom',
        extension: '.pgdump',
        describe,
        async versions(c) {
            // Both at once: two process starts, each a noticeable part of a small backup.
            const serverText = psql(c, 'SHOW server_version;');
            serverText.catch(() => { });
            const clientText = await capture(bin('pg_dump'), ['--version'], env(c));
            const client = /(\d+(?:\.\d+)*)/.exec(clientText)?.[1] ?? clientText.trim();
            let server;
            try {
                server = (await serverText).trim().split(' ')[0] ?? '';
            }
            catch (err) {
                throw connectFailure(c, err);
            }
            if (major(server) > major(client)) {
                throw new src/* ActionFailure */.dR(`pg_dump ${client} cannot dump PostgreSQL ${server}: pg_dump must be at least the server's major version. ` +
                    `Install postgresql-client-${major(server)} (PGDG apt repository) and set client-bin-dir to its ` +
                    `bin folder, e.g. /usr/lib/postgresql/${major(server)}/bin`);
            }
            return { server, client };
        },
        async dump(c, opts) {
            const args = ['-Fc', '-Z0', `--lock-wait-timeout=${opts.lockWaitTimeoutMs}`, '-w', '-d', c.database];
            // The row counts come from the dump's own bytes as they stream by: exactly its snapshot, and
            // no second scan of the production tables.
            const counter = new ArchiveCounter();
            const running = await startDump(bin('pg_dump'), args, env(c), [opts.into, counter]);
            // The exit status first: a failed dump's own error says more than the archive cut short.
            const done = running.done.then(async () => {
                await counter.counts;
            });
            done.catch(() => { });
            return {
                done,
                counts: counter.counts,
                countsSnapshot: 'same',
                kill: () => stop(running.child),
            };
        },
        async tableCount(c) {
            try {
                return Number((await psql(c, 'SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind ' +
                    "IN ('r','p','v','m','S') AND n.nspname NOT IN ('pg_catalog','information_schema') AND " +
                    "n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%';")).trim());
            }
            catch (err) {
                throw connectFailure(c, err);
            }
        },
        async rowCounts(c) {
            return parseCounts(await psql(c, TABLES));
        },
        async restore(c, input, opts) {
            const args = [
                '--exit-on-error',
                '--no-owner',
                '--no-acl',
                '-w',
                '--single-transaction',
                ...(opts.clean ? ['--clean', '--if-exists'] : []),
                '-d',
                c.database,
            ];
            await runFed(bin('pg_restore'), args, env(c), input);
        },
        async createScratch(c) {
            const scratch = { ...c, database: scratchName() };
            try {
                await psql({ ...c, database: c.database }, `CREATE DATABASE "${scratch.database}";`);
            }
            catch (err) {
                throw new src/* ActionFailure */.dR(`Cannot create the scratch database ${scratch.database} for the restore verification ` +
                    `(${stripTool(err)}): grant CREATEDB or give scratch-database-url`);
            }
            return scratch;
        },
        async dropScratch(scratch) {
            const admin = { ...scratch, database: 'postgres' };
            await psql(admin, `DROP DATABASE IF EXISTS "${scratch.database}" WITH (FORCE);`).catch(async () => {
                // Not allowed to connect to "postgres": any other database of the server does.
                await psql({ ...scratch, database: 'template1' }, `DROP DATABASE IF EXISTS "${scratch.database}" WITH (FORCE);`);
            });
        },
    };
}
// ---------------------------------------------------------------------------------------------
// MySQL / MariaDB
const TRAILER = '-- Dump completed';
/**
 * Row counts of every base table of the connected database, in one consistent snapshot. The server
 * builds the UNION of counts itself, so the statement (an argument of the client) stays a few
 * hundred bytes however many tables there are.
 */
const MYSQL_COUNTS = `SET SESSION group_concat_max_len = 4294967295;
SELECT GROUP_CONCAT(CONCAT('SELECT ', QUOTE(table_name), ', COUNT(*) FROM \`', REPLACE(table_name, '\`', '\`\`'), '\`')
  ORDER BY table_name SEPARATOR ' UNION ALL ') INTO @db_backup_counts
  FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE';
SET @db_backup_counts = IFNULL(@db_backup_counts, 'SELECT NULL, NULL FROM DUAL WHERE FALSE');
START TRANSACTION WITH CONSISTENT SNAPSHOT;
PREPARE db_backup_counts FROM @db_backup_counts;
EXECUTE db_backup_counts;
DEALLOCATE PREPARE db_backup_counts;
COMMIT;`;
function mysql(binDir) {
    const client = () => tool(['mariadb', 'mysql'], binDir, 'mariadb-client (or mysql-client)');
    const dumper = () => tool(['mariadb-dump', 'mysqldump'], binDir, 'mariadb-client (or mysql-client)');
    const env = (c) => {
        const out = { ...process.env };
        if (c.password)
            out.MYSQL_PWD = c.password;
        return out;
    };
    const connArgs = (c) => [
        ...(c.host ? [`--host=${c.host}`] : []),
        ...(c.port ? [`--port=${c.port}`] : []),
        ...(c.user ? [`--user=${c.user}`] : []),
        ...(c.host && c.host !== 'localhost' ? ['--protocol=TCP'] : []),
    ];
    const sql = (c, text, database = c.database) => capture(client(), [
        ...connArgs(c),
        '--connect-timeout=10',
        '--batch',
        '--skip-column-names',
        `--execute=${text}`,
        ...(database ? [database] : []),
    ], env(c));
    const describe = (c) => `${c.host ?? 'localhost'}:${c.port ?? 3306}/${c.database}`;
    const connectFailure = (c, err) => new src/* ActionFailure */.dR(`Cannot connect to MySQL/MariaDB at ${describe(c)}: ${stripTool(err)}`);
    const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    const ident = (s) => `\`${s.replace(/`/g, '``')}\``;
    const counts = async (c) => {
        const out = {};
        for (const line of (await sql(c, MYSQL_COUNTS)).split('\n')) {
            const [t, n] = line.split('\t');
            if (t && n !== undefined)
                out[t] = Number(n);
        }
        return out;
    };
    return {
        name: 'mysql',
        format: 'mysqldump-sql',
        extension: '.sql',
        describe,
        async versions(c) {
            const clientText = await capture(dumper(), ['--version'], env(c));
            const clientVersion = /Distrib ([\d.]+[^\s,]*)|Ver ([\d.]+)/.exec(clientText);
            let server;
            try {
                server = (await sql(c, 'SELECT VERSION();')).trim();
            }
            catch (err) {
                throw connectFailure(c, err);
            }
            const clientIsMaria = /MariaDB/i.test(clientText);
            if (!clientIsMaria &&
                /MariaDB/i.test(server) === false &&
                major(server) > major(clientVersion?.[2] ?? clientVersion?.[1] ?? '0')) {
                throw new src/* ActionFailure */.dR(`mysqldump ${clientVersion?.[2] ?? '?'} is older than MySQL ${server}: install mysql-client-${major(server)} or set client-bin-dir`);
            }
            return { server, client: (0,src/* oneLine */.TN)(clientVersion?.[1] ?? clientVersion?.[2] ?? clientText.trim()) };
        },
        async dump(c, opts) {
            const args = [
                ...connArgs(c),
                '--single-transaction',
                '--quick',
                '--routines',
                '--triggers',
                '--events',
                '--hex-blob',
                '--add-drop-table',
                '--default-character-set=utf8mb4',
                c.database,
            ];
            // Counts in their own consistent snapshot, taken just before the dump's.
            const before = await counts(c).catch((err) => {
                throw connectFailure(c, err);
            });
            // The last bytes of the output must be the completion trailer: a dump cut short has none.
            let tail = '';
            const watch = new external_node_stream_.Writable({
                write(chunk, _e, cb) {
                    tail = (tail + chunk.subarray(-256).toString('latin1')).slice(-256);
                    cb();
                },
            });
            let trailerSeen = () => { };
            let trailerMissing = () => { };
            const trailer = new Promise((resolve, reject) => {
                trailerSeen = resolve;
                trailerMissing = reject;
            });
            trailer.catch(() => { });
            watch.on('finish', () => tail.includes(TRAILER)
                ? trailerSeen()
                : trailerMissing(new ToolError('mariadb-dump', `output ended without its "${TRAILER}" trailer: the dump is incomplete`, running.stderr())));
            watch.on('error', (e) => trailerMissing(e));
            const running = await startDump(dumper(), args, env(c), [opts.into, watch]);
            // The exit status first: a failed dump's own error says more than the missing trailer.
            const done = running.done.then(() => trailer);
            done.catch(() => { });
            return {
                done,
                counts: Promise.resolve(before),
                countsSnapshot: 'separate',
                kill: () => stop(running.child),
            };
        },
        async tableCount(c) {
            try {
                return Number((await sql(c, `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ${quote(c.database)};`)).trim());
            }
            catch (err) {
                throw connectFailure(c, err);
            }
        },
        rowCounts: counts,
        async restore(c, input) {
            // The dump drops and recreates each table (--add-drop-table), so "clean" needs nothing more.
            await runFed(client(), [...connArgs(c), '--connect-timeout=10', '--batch', c.database], env(c), input);
        },
        async createScratch(c) {
            const scratch = { ...c, database: scratchName() };
            try {
                await sql(c, `CREATE DATABASE ${ident(scratch.database)};`, '');
            }
            catch (err) {
                throw new src/* ActionFailure */.dR(`Cannot create the scratch database ${scratch.database} for the restore verification (${stripTool(err)}): grant CREATE or give scratch-database-url`);
            }
            return scratch;
        },
        async dropScratch(scratch) {
            await sql(scratch, `DROP DATABASE IF EXISTS ${ident(scratch.database)};`, '');
        },
    };
}
/** A tool error without the tool-name prefix, for messages that already say what failed. */
function stripTool(err) {
    if (err instanceof ToolError) {
        const lines = err.stderr
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean);
        const text = lines.length > 0 ? lines.slice(0, 2).join(' ') : err.message;
        return (0,src/* redact */.E$)((0,src/* oneLine */.TN)(text.replace(/^(psql|mariadb|mysql|pg_dump|pg_restore): (error: )?/i, '')));
    }
    return (0,src/* redact */.E$)(err instanceof Error ? (0,src/* oneLine */.TN)(err.message) : String(err));
}

// EXTERNAL MODULE: ./actions/db-backup/src/spec.ts
var spec = __webpack_require__(48764);
// EXTERNAL MODULE: ./actions/db-backup/src/stored.ts
var src_stored = __webpack_require__(47068);
;// CONCATENATED MODULE: ./actions/db-backup/src/main.ts













const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const ID_FORM = 'letters, digits, dot, dash or underscore (1-128, starting with a letter or digit)';
async function run() {
    const issues = new src/* InputIssues */.b0();
    const values = await (0,src/* readInputs */.Ko)(spec/* inputs */.Q, issues);
    const plan = await makePlan(values, issues);
    issues.throwIfAny();
    if (!plan)
        throw new Error('no plan');
    if ('kind' in plan) {
        // Azure SQL: through ARM, in its own module (see azure-sql.ts).
        const store = await openStore({ location: plan.location, azure: blobSignIn(plan.location, values, plan.auth) }, values);
        try {
            const sql = await Promise.all(/* import() */[__webpack_require__.e(599), __webpack_require__.e(860), __webpack_require__.e(762), __webpack_require__.e(70)]).then(__webpack_require__.bind(__webpack_require__, 67070));
            if (plan.mode === 'backup')
                await sql.backupAzureSql(plan, store, values);
            else
                await sql.restoreAzureSql(plan, store, values);
        }
        finally {
            store.close();
        }
        return;
    }
    const store = await openStore(plan, values);
    try {
        if (plan.mode === 'backup')
            await backup(plan, store, values);
        else
            await restore(plan, store, values);
    }
    finally {
        store.close();
    }
}
/** The Entra sign-in for an Azure Blob location without azure-connection-string (azure-sql signs in to ARM anyway). */
function blobSignIn(loc, v, auth) {
    return loc.kind === 'azure-blob' && v['azure-connection-string'] === undefined ? auth : undefined;
}
/** Inputs of engine azure-sql only (azure-sql-backup has a default: only restore-point counts as given). */
const AZURE_SQL_ONLY = [
    'azure-sql-server',
    'resource-group',
    'azure-sql-admin-login',
    'azure-sql-admin-password',
];
/** The Azure sign-in inputs, for Azure Blob locations given without azure-connection-string. */
const AZURE_SIGN_IN = Object.keys(auth_inputs/* azureAuthInputs */.a);
async function makePlan(v, issues) {
    const azureSql = v.engine === 'azure-sql';
    let engineName = v.engine === 'azure-sql' ? undefined : v.engine;
    let conn;
    if (!azureSql) {
        for (const k of AZURE_SQL_ONLY)
            if (v[k] !== undefined)
                issues.add(k, 'applies to engine azure-sql only');
        if (v['azure-sql-backup'] === 'restore-point')
            issues.add('azure-sql-backup', 'applies to engine azure-sql only');
    }
    if (azureSql) {
        // azure-sql.ts checks its own inputs.
    }
    else if (v['database-url'] !== undefined) {
        try {
            const parsed = parseDatabaseUrl(v['database-url']);
            if (engineName && engineName !== parsed.engine)
                issues.add('engine', `is ${engineName} but database-url is a ${parsed.engine} URL: give one engine`);
            engineName = parsed.engine;
            conn = parsed.conn;
        }
        catch (err) {
            issues.add('database-url', `${err.message}; give a URL such as postgres://user:password@host:5432/app or mysql://user:password@host:3306/app, or ${NPGSQL_FORM}`);
        }
    }
    else if (!engineName) {
        issues.add('engine', 'is required when database-url is not given: give postgres or mysql (the connection then comes from PGHOST/PGUSER/... or MYSQL_HOST/MYSQL_USER/...)');
    }
    if (engineName && !conn && v['database-url'] === undefined)
        conn = connFromEnv(engineName);
    if (conn && v.database)
        conn = { ...conn, database: v.database };
    if (!azureSql && conn && !conn.database)
        issues.add('database', `is required: give the database name in database-url's path, as database, or in ${engineName === 'mysql' ? 'MYSQL_DATABASE' : 'PGDATABASE'}`);
    let scratch;
    if (v['scratch-database-url'] !== undefined && !azureSql) {
        try {
            const parsed = parseDatabaseUrl(v['scratch-database-url']);
            if (engineName && parsed.engine !== engineName)
                issues.add('scratch-database-url', `is a ${parsed.engine} URL but the engine is ${engineName}`);
            else if (!parsed.conn.database)
                issues.add('scratch-database-url', 'names no database: give a URL such as postgres://user:password@host:5432/scratch');
            else if (conn &&
                parsed.conn.database === conn.database &&
                parsed.conn.host === conn.host &&
                parsed.conn.port === conn.port)
                issues.add('scratch-database-url', 'is the database being backed up: give an empty scratch database');
            scratch = parsed.conn;
        }
        catch (err) {
            issues.add('scratch-database-url', `${err.message}; give a URL such as postgres://user:password@host:5432/scratch, or ${NPGSQL_FORM}`);
        }
    }
    const deploymentId = v['deployment-id'] ?? `${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    if (!ID.test(deploymentId))
        issues.add('deployment-id', `must be ${ID_FORM}; got ${JSON.stringify(deploymentId.slice(0, 80))}`);
    if (v['backup-id'] !== undefined && !ID.test(v['backup-id']))
        issues.add('backup-id', `must be ${ID_FORM}; got ${JSON.stringify(v['backup-id'].slice(0, 80))}`);
    let location;
    /** The input the location came from, for messages. */
    let locationInput = 'destination';
    let manifestKey;
    let backupId = deploymentId;
    if (v.mode === 'backup') {
        if (v['backup-uri'] !== undefined)
            issues.add('backup-uri', 'is for mode restore: a backup is written to destination');
        if (v['backup-id'] !== undefined)
            issues.add('backup-id', 'is for mode restore: a backup is named by deployment-id');
        if (v.destination === undefined)
            issues.add('destination', `is required in mode backup: give ${storage_src/* LOCATION_FORM */.NE}`);
        else
            location = parseLoc('destination', v.destination, issues);
    }
    else if (v.mode === 'restore') {
        if (v['backup-uri'] !== undefined) {
            if (v['backup-id'] !== undefined)
                issues.add('backup-id', 'cannot be combined with backup-uri: give one of them');
            locationInput = 'backup-uri';
            const loc = parseLoc('backup-uri', v['backup-uri'], issues);
            if (loc) {
                const dir = loc.prefix.endsWith('manifest.json')
                    ? loc.prefix.replace(/\/?manifest\.json$/, '')
                    : loc.prefix.replace(/\/?[^/]*$/, '');
                manifestKey = (0,storage_src/* joinKey */.ID)(dir, 'manifest.json');
                backupId = dir.split('/').pop() ?? backupId;
                location = { ...loc, prefix: '' };
            }
        }
        else if (v['backup-id'] !== undefined && v.destination !== undefined) {
            location = parseLoc('destination', v.destination, issues);
            backupId = v['backup-id'];
            if (location)
                manifestKey = (0,storage_src/* joinKey */.ID)(location.prefix, backupId, 'manifest.json');
        }
        else {
            issues.add('backup-uri', 'or backup-id with destination is required in mode restore: give the backup to restore, e.g. s3://backups/app/<id>/manifest.json');
        }
    }
    let azure;
    if (azureSql) {
        // ARM needs a sign-in whatever the destination; an Azure Blob destination without a connection string uses it too.
        const { resolveAzureAuth } = await __webpack_require__.e(/* import() */ 705).then(__webpack_require__.bind(__webpack_require__, 58705));
        azure = resolveAzureAuth(v, issues, { needsSubscription: true });
    }
    if (location) {
        const s3Only = [
            's3-endpoint',
            's3-region',
            'server-side-encryption',
            'kms-key-id',
            'object-lock-mode',
            'retention-days',
        ].filter((k) => v[k] !== undefined && !(k === 'retention-days'));
        // cloud always has a value (action.yml's default): only another cloud counts as given. azure-sql signs in to ARM with them.
        const signIn = azureSql
            ? []
            : AZURE_SIGN_IN.filter((k) => v[k] !== undefined && !(k === 'cloud' && v.cloud === 'AzureCloud'));
        if (location.kind === 'azure-blob') {
            for (const k of s3Only)
                issues.add(k, 'applies to S3 destinations only');
            if (v['azure-connection-string'] !== undefined) {
                for (const k of signIn)
                    issues.add(k, 'cannot be combined with azure-connection-string: sign in to Azure Blob one way, with the ' +
                        'connection string or with Entra ID (client-id, tenant-id)');
            }
            else if (azureSql) {
                if (!location.accountUrl?.startsWith('https:'))
                    issues.add(locationInput, 'needs azure-connection-string, or an https://<account>.blob.core.windows.net/<container>/prefix destination for Entra ID sign-in');
            }
            else if (!location.accountUrl) {
                issues.add(locationInput, 'names no storage account: azblob:// needs azure-connection-string (a secret); for Entra ID sign-in ' +
                    'give https://<account>.blob.core.windows.net/<container>/prefix');
            }
            else if (!location.accountUrl.startsWith('https:')) {
                issues.add(locationInput, 'is an http URL: Entra ID sign-in sends its token over https only; give ' +
                    'https://<account>.blob.core.windows.net/<container>/prefix, or azure-connection-string');
            }
            else {
                // Loaded only now: the identity library costs about 30 MB and 300 ms, which S3 and
                // connection-string runs do not pay. No request is sent until the store is used.
                const { resolveAzureAuth } = await __webpack_require__.e(/* import() */ 705).then(__webpack_require__.bind(__webpack_require__, 58705));
                azure = resolveAzureAuth(v, issues, { needsSubscription: false });
            }
            if (v['storage-class'] && !['Hot', 'Cool', 'Cold', 'Archive'].includes(v['storage-class']))
                issues.add('storage-class', `must be Hot, Cool, Cold or Archive for Azure Blob; got "${v['storage-class']}"`);
        }
        else {
            if (v['azure-connection-string'] !== undefined)
                issues.add('azure-connection-string', 'applies to Azure Blob destinations only');
            for (const k of signIn)
                issues.add(k, 'applies to Azure Blob destinations only');
            if (v['storage-class'] && ['Hot', 'Cool', 'Cold', 'Archive'].includes(v['storage-class']))
                issues.add('storage-class', `must be an S3 storage class such as STANDARD_IA for S3; got "${v['storage-class']}"`);
            if (v['s3-endpoint'] !== undefined) {
                try {
                    (0,src/* parseUrl */.Dl)(v['s3-endpoint']);
                }
                catch (err) {
                    // parseUrl masks credentials and says so without quoting them.
                    const why = err instanceof src/* FormatError */.IF && err.message ? ` (${err.message})` : '';
                    const got = err instanceof src/* FormatError */.IF && err.hideInput ? '' : `; got ${JSON.stringify(v['s3-endpoint'])}`;
                    issues.add('s3-endpoint', `must be an http or https URL such as https://s3.eu-west-1.amazonaws.com${why}${got}`);
                }
            }
            if (v['kms-key-id'] !== undefined && v['server-side-encryption'] !== 'aws:kms')
                issues.add('kms-key-id', 'needs server-side-encryption: aws:kms');
            if (v['object-lock-mode'] !== undefined && v['retention-days'] === undefined)
                issues.add('object-lock-mode', 'needs retention-days: how long the object stays locked');
        }
    }
    for (const tag of v.tags ?? []) {
        if (!/^[^=\s][^=]{0,127}=.{0,256}$/.test(tag))
            issues.add('tags', `must be key=value pairs such as kind=pre-migration; got ${JSON.stringify(tag.slice(0, 80))}`);
    }
    if (v['compression-level'] !== undefined) {
        if (v.compression === 'gzip' && v['compression-level'] > 9)
            issues.add('compression-level', 'must be from 1 to 9 for gzip');
        if (v.compression === 'none')
            issues.add('compression-level', 'needs compression zstd or gzip');
    }
    if (v['client-bin-dir'] !== undefined &&
        !((0,external_node_fs_.existsSync)(v['client-bin-dir']) && (0,external_node_fs_.statSync)(v['client-bin-dir']).isDirectory())) {
        issues.add('client-bin-dir', `must be a folder holding the database client tools; ${JSON.stringify(v['client-bin-dir'])} is not one`);
    }
    if (azureSql) {
        const { planAzureSql } = await Promise.all(/* import() */[__webpack_require__.e(599), __webpack_require__.e(860), __webpack_require__.e(762), __webpack_require__.e(70)]).then(__webpack_require__.bind(__webpack_require__, 67070));
        return planAzureSql(v, issues, { auth: azure, location, locationInput, backupId, deploymentId, manifestKey });
    }
    if (!engineName || !conn || !location || !v.mode)
        return undefined;
    return {
        mode: v.mode,
        engine: engineFor(engineName, v['client-bin-dir']),
        conn,
        scratch,
        location,
        azure,
        manifestKey,
        backupId,
        deploymentId,
    };
}
function parseLoc(input, raw, issues) {
    try {
        return (0,storage_src/* parseLocation */.zS)(raw);
    }
    catch (err) {
        issues.add(input, `${err.message}: give ${storage_src/* LOCATION_FORM */.NE}`);
        return undefined;
    }
}
async function openStore(plan, v) {
    const loc = plan.location;
    if (loc.kind === 's3') {
        const retainUntil = v['retention-days'] ? new Date(Date.now() + v['retention-days'] * 86_400_000) : undefined;
        return (0,storage_src/* s3Destination */.lW)({
            bucket: loc.bucket,
            region: v['s3-region'],
            endpoint: v['s3-endpoint'],
            timeoutMs: v['network-timeout'],
            serverSideEncryption: v['server-side-encryption'],
            kmsKeyId: v['kms-key-id'],
            storageClass: v['storage-class'],
            objectLock: v['object-lock-mode'] && retainUntil ? { mode: v['object-lock-mode'], retainUntil } : undefined,
        });
    }
    const opts = { container: loc.container, timeoutMs: v['network-timeout'], tier: v['storage-class'] };
    if (plan.azure && loc.accountUrl) {
        // The SDK asks Entra for https://storage.azure.com/.default tokens; the log says how, never a token.
        src/* log */.Rm.info(`Azure Blob: ${plan.azure.method}; account ${loc.accountUrl}`);
        return (0,storage_src/* blobDestination */.mL)({ credential: plan.azure.credential, accountUrl: loc.accountUrl, method: plan.azure.method }, opts);
    }
    src/* log */.Rm.info('Azure Blob: the account and key (or SAS) of azure-connection-string');
    return (0,storage_src/* blobDestination */.mL)({ connectionString: v['azure-connection-string'] ?? '' }, opts);
}
// ---------------------------------------------------------------------------------------------
async function backup(plan, store, v) {
    const { engine, conn } = plan;
    const started = performance.now();
    const dir = (0,storage_src/* joinKey */.ID)(plan.location.prefix, plan.backupId);
    const key = (0,storage_src/* joinKey */.ID)(dir, `${conn.database}${engine.extension}${EXTENSION[v.compression]}`);
    const manifestKey = (0,storage_src/* joinKey */.ID)(dir, 'manifest.json');
    // The database and the storage are asked at once: neither answer changes the other question.
    const existingManifest = store.size(manifestKey).catch((err) => {
        // The first request to storage: a refused sign-in or a missing role ends the run here.
        throw new src/* ActionFailure */.dR(`Backup ${plan.backupId} not started, nothing was stored: ${(0,src_stored/* describe */.q0)(err)}`);
    });
    existingManifest.catch(() => { });
    const endChecks = (0,src/* openGroup */.Sg)(`Before the dump: the server, the storage${v.verify === 'restore' ? ', the scratch database' : ''}`);
    // The scratch database the verification restores into is made before the dump: a role that may
    // not create one learns it before production is dumped, not after a backup nobody can verify.
    // It is made while the versions are asked (CREATE DATABASE may wait for a checkpoint), and
    // dropped again when a check refuses the run.
    const making = v.verify === 'restore' && plan.scratch === undefined ? engine.createScratch(conn) : undefined;
    making?.catch(() => { });
    let versions;
    try {
        versions = await engine.versions(conn);
        src/* log */.Rm.info(`${engine.name === 'postgres' ? 'PostgreSQL' : 'MySQL/MariaDB'} ${versions.server} at ${engine.describe(conn)}; dump client ${versions.client}`);
        const existing = await existingManifest;
        if (existing !== undefined) {
            throw new src/* ActionFailure */.dR(`A backup with id ${plan.backupId} already exists (${store.uri(manifestKey)}): backups are never overwritten; give another deployment-id`);
        }
        // A scratch database given is checked empty then too: the restore runs alongside the upload.
        if (v.verify === 'restore' && plan.scratch !== undefined) {
            if ((await engine.tableCount(plan.scratch)) > 0)
                throw new src/* ActionFailure */.dR(`Backup ${plan.backupId} not started, nothing was stored: the scratch database ${engine.describe(plan.scratch)} is not empty: the restore verification needs an empty one`);
        }
        else if (making) {
            await making.catch((err) => {
                throw new src/* ActionFailure */.dR(`Backup ${plan.backupId} not started, nothing was stored: ${(0,src_stored/* describe */.q0)(err)}`);
            });
        }
    }
    catch (err) {
        await making?.then((scratch) => engine.dropScratch(scratch)).catch(() => { });
        throw err;
    }
    finally {
        endChecks();
    }
    // A scratch database made here (settled by now) is dropped as soon as its restore was checked,
    // while the object is completed and read back; said at the end, in the order of the log.
    const made = await making;
    let dropping;
    const drop = (scratch) => (dropping ??= engine.dropScratch(scratch));
    try {
        await dumpAndVerify(plan, store, v, {
            key,
            manifestKey,
            started,
            versions,
            scratch: made ?? plan.scratch,
            restoreChecked: made ? () => void drop(made).catch(() => { }) : undefined,
        });
    }
    finally {
        if (made) {
            const name = made.database;
            const endCleanup = (0,src/* openGroup */.Sg)(`Cleanup: the scratch database ${name}`);
            await drop(made)
                .then(() => src/* log */.Rm.info(`Dropped the scratch database ${name}`), (err) => src/* log */.Rm.warning(`Could not drop the scratch database ${name}: ${(0,src_stored/* describe */.q0)(err)}`, {
                title: 'Scratch database left behind',
            }))
                .finally(endCleanup);
        }
    }
}
/**
 * The dump streamed to storage and verified, the manifest written. With verify restore the scratch
 * database (`at.scratch`, empty) is restored from the same bytes as they are uploaded; the object is
 * completed only once that restore succeeded and its row counts matched, then read back.
 */
async function dumpAndVerify(plan, store, v, at) {
    const { engine, conn } = plan;
    const { key, manifestKey, started, versions } = at;
    const endDump = (0,src/* openGroup */.Sg)(`Dump and upload${v.verify === 'restore' && at.scratch ? ', restored alongside' : ''}`);
    try {
        src/* log */.Rm.info(`Dumping ${conn.database} (${engine.format}, ${v.compression}) to ${store.uri(key)}`);
        const compress = compressor(v.compression, v['compression-level']);
        const dump = await engine.dump(conn, { lockWaitTimeoutMs: v['lock-wait-timeout'], into: compress });
        const gated = (0,storage_src/* gate */.Gj)(dump.done);
        const scratch = v.verify === 'restore' ? at.scratch : undefined;
        const restoring = scratch ? restoreAlongside(engine, scratch, v.compression, dump.counts) : undefined;
        restoring?.checked.then(at.restoreChecked, () => { });
        if (scratch && restoring)
            src/* log */.Rm.info(`Verifying as it uploads: restoring the same bytes into ${engine.describe(scratch)}${restoring.by}`);
        // With a restore alongside, the object is completed only once it restored and its counts
        // matched (completeAfter): no object unless it restored. Its parts go meanwhile.
        const body = restoring ? new external_node_stream_.PassThrough() : gated;
        const tee = restoring ? new storage_src/* Tee */.fN([body, restoring.input]) : undefined;
        const flowing = (tee ? (0,promises_.pipeline)(compress, gated, tee) : (0,promises_.pipeline)(compress, gated)).catch((err) => {
            body.destroy(err instanceof Error ? err : new Error(String(err)));
        });
        const tags = Object.fromEntries((v.tags ?? []).map((t) => [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1)]));
        if (v['retention-days'])
            tags['retain-until'] ??= new Date(Date.now() + v['retention-days'] * 86_400_000).toISOString().slice(0, 10);
        let uploaded;
        try {
            uploaded = await store.upload(key, body, {
                metadata: {
                    deployment_id: plan.deploymentId,
                    engine: engine.name,
                    database: conn.database,
                    format: engine.format.replace(/-/g, '_'),
                    compression: v.compression,
                },
                tags,
                completeAfter: restoring?.checked,
            });
            // Settled by now: the store completed the object only after it.
            await restoring?.checked;
        }
        catch (err) {
            dump.kill();
            // The restore's own failure when it came first: its branch failed, or it failed after the whole
            // dump went through (the upload then waits for it); not when the dump or the upload failed first.
            const restoreFailure = restoring && tee && (tee.failedBranch === 1 || (tee.failedBranch === undefined && tee.writableFinished))
                ? await restoring.checked.then(() => undefined, (e) => e)
                : undefined;
            await restoring?.checked.catch(() => { }); // the scratch database is dropped only once its restore ended
            const stored = await store.size(key).catch(() => undefined);
            throw new src/* ActionFailure */.dR(`Backup failed, nothing stored at ${store.uri(key)}${stored !== undefined ? ' (BUT AN OBJECT EXISTS THERE)' : ''}: ` +
                (restoreFailure !== undefined
                    ? `the restore verification into ${engine.describe(scratch)} failed: ${(0,src_stored/* describe */.q0)(restoreFailure)}`
                    : (0,src_stored/* describe */.q0)(err)));
        }
        await flowing;
        const tables = await dump.counts;
        const dumpMs = performance.now() - started;
        src/* log */.Rm.info(`Stored ${(0,src/* formatBytes */.z3)(uploaded.bytes)} (sha256 ${uploaded.sha256}) in ${(0,src/* formatDuration */.a3)(dumpMs)}; ${Object.keys(tables).length} table(s), ${sum(tables)} row(s)`);
        endDump();
        const endVerify = (0,src/* openGroup */.Sg)(`Verification (${v.verify})`);
        const verified = await (restoring
            ? readBackRestored(store, key, uploaded, restoring.hasher, tables)
            : verifyBackup(store, key, uploaded, v)).finally(endVerify);
        const manifest = {
            schema: 'db-backup-manifest/v1',
            backupId: plan.backupId,
            deploymentId: plan.deploymentId,
            createdAt: new Date().toISOString(),
            engine: engine.name,
            kind: 'dump',
            database: conn.database,
            format: engine.format,
            compression: v.compression,
            object: { uri: uploaded.uri, key, size: uploaded.bytes, sha256: uploaded.sha256 },
            versions,
            tables,
            rowCountsSnapshot: dump.countsSnapshot,
            verified,
            durationMs: Math.round(performance.now() - started),
            source: (0,src_stored/* backupSource */.e3)(),
        };
        const manifestText = (0,src/* redact */.E$)(JSON.stringify(manifest, null, 2));
        await store.put(manifestKey, manifestText, { contentType: 'application/json', tags });
        src/* log */.Rm.info(`Manifest: ${store.uri(manifestKey)}`);
        await (0,src/* appendSummary */.fe)(summary('Database backup', manifest, store.uri(manifestKey)));
        (0,src/* setOutputs */.n0)(spec/* outputs */.V, {
            'backup-id': plan.backupId,
            uri: uploaded.uri,
            'manifest-uri': store.uri(manifestKey),
            size: uploaded.bytes,
            sha256: uploaded.sha256,
            'duration-seconds': (manifest.durationMs / 1000).toFixed(1),
            verified: verified.how,
            'backup-kind': 'dump',
            manifest: JSON.stringify(manifest),
        });
    }
    finally {
        endDump();
    }
}
/**
 * The scratch restore fed from the upload's own bytes: `input` takes the compressed stream (hashed,
 * decompressed, into pg_restore or the mysql client); `checked` resolves once the tool exited 0 and
 * the restored tables' row counts equal the dump's.
 */
function restoreAlongside(engine, scratch, compression, dumped) {
    const hasher = new storage_src/* HashingStream */.$K();
    const input = decompressed(compression, hasher);
    const checked = engine.restore(scratch, input, { clean: false }).then(async () => {
        const [expected, restored] = await Promise.all([dumped, engine.rowCounts(scratch)]);
        compareCounts(expected, restored, 'the restored copy');
    });
    checked.catch(() => { });
    return { input: hasher, hasher, checked, by: decompressedBy(compression, input) };
}
/** Verify restore's end: the restored bytes are the uploaded ones, and the stored object reads back as them. */
async function readBackRestored(store, key, uploaded, restoredHash, tables) {
    const started = performance.now();
    checkDigest(`the bytes restored from ${store.uri(key)}`, restoredHash, uploaded);
    await readBack(store, key, uploaded);
    const detail = `restored into a scratch database as it was uploaded; ${Object.keys(tables).length} table(s) and ` +
        `${sum(tables)} row(s) match the dump's counts; SHA-256 of the bytes restored, of the bytes uploaded ` +
        `and of the object read back match`;
    src/* log */.Rm.info(`Verified (restore): ${detail}`);
    return { how: 'restore', detail, durationMs: Math.round(performance.now() - started) };
}
/** verify none or checksum (restore runs alongside the upload: restoreAlongside). */
async function verifyBackup(store, key, uploaded, v) {
    const started = performance.now();
    if (v.verify === 'checksum') {
        const bytes = await readBack(store, key, uploaded);
        const detail = `read back ${(0,src/* formatBytes */.z3)(bytes)}: SHA-256 matches what was uploaded (restorability not checked)`;
        src/* log */.Rm.info(`Verified (checksum): ${detail}`);
        return { how: 'checksum', detail, durationMs: Math.round(performance.now() - started) };
    }
    src/* log */.Rm.warning('verify is none: the backup was neither read back nor restored; it is not known to be restorable');
    return { how: 'none', detail: 'not verified', durationMs: 0 };
}
/** Reads the stored object back and checks its SHA-256 and size; resolves with its size. */
async function readBack(store, key, uploaded) {
    const hasher = new storage_src/* HashingStream */.$K();
    await (0,promises_.pipeline)(await store.download(key), hasher, devNull());
    checkDigest(store.uri(key), hasher, uploaded);
    return hasher.bytes;
}
// ---------------------------------------------------------------------------------------------
async function restore(plan, store, v) {
    const { engine, conn } = plan;
    const started = performance.now();
    const manifestKey = plan.manifestKey;
    const manifest = await (0,src_stored/* readManifest */.WI)(store, manifestKey);
    if (manifest.schema !== 'db-backup-manifest/v1' || !manifest.object?.sha256)
        throw new src/* ActionFailure */.dR(`${store.uri(manifestKey)} is not a db-backup manifest`);
    if (manifest.engine !== engine.name)
        throw new src/* ActionFailure */.dR(`Backup ${manifest.backupId} is a ${manifest.engine} backup but the target is ${engine.name}`);
    src/* log */.Rm.info(`Backup ${manifest.backupId}: ${manifest.database} from ${manifest.createdAt}, ${(0,src/* formatBytes */.z3)(manifest.object.size)}, verified: ${manifest.verified.how}`);
    const versions = await engine.versions(conn);
    const existing = await engine.tableCount(conn);
    if (existing > 0 && !v['confirm-overwrite']) {
        throw new src/* ActionFailure */.dR(`The target ${engine.describe(conn)} is not empty (${existing} table(s) or other relations): refusing ` +
            `to restore over it; set confirm-overwrite: true to replace them`);
    }
    // Download and hash before touching the target: a corrupted object must never reach it.
    const temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'db-backup-'));
    const file = (0,external_node_path_.join)(temp, 'backup');
    const endRestore = (0,src/* openGroup */.Sg)(`Download, checksum and restore into ${engine.describe(conn)}`);
    try {
        const hasher = new storage_src/* HashingStream */.$K();
        await (0,promises_.pipeline)(await store.download(manifest.object.key), hasher, (0,external_node_fs_.createWriteStream)(file));
        checkDigest(manifest.object.uri, hasher, { bytes: manifest.object.size, sha256: manifest.object.sha256 });
        src/* log */.Rm.info(`Checksum verified: ${(0,src/* formatBytes */.z3)(hasher.bytes)}, sha256 ${hasher.digest()}`);
        const input = decompressed(manifest.compression, { file });
        src/* log */.Rm.info(`Restoring into ${engine.describe(conn)}${existing > 0 ? ' (replacing its objects: confirm-overwrite)' : ''}` +
            decompressedBy(manifest.compression, input));
        await engine.restore(conn, input, { clean: existing > 0 });
    }
    finally {
        endRestore();
        (0,external_node_fs_.rmSync)(temp, { recursive: true, force: true });
    }
    const restored = await engine.rowCounts(conn);
    compareCounts(manifest.tables, restored, 'the restored database');
    const durationMs = Math.round(performance.now() - started);
    src/* log */.Rm.info(`Restored ${manifest.backupId} into ${engine.describe(conn)} ` +
        `in ${(0,src/* formatDuration */.a3)(durationMs)}: ${Object.keys(restored).length} table(s), ${sum(restored)} row(s) match the manifest`);
    await (0,src/* appendSummary */.fe)(summary('Database restore', manifest, store.uri(manifestKey), `restored into ${engine.describe(conn)} (server ${versions.server}); row counts match the manifest`));
    (0,src/* setOutputs */.n0)(spec/* outputs */.V, {
        'backup-id': manifest.backupId,
        uri: manifest.object.uri,
        'manifest-uri': store.uri(manifestKey),
        size: manifest.object.size,
        sha256: manifest.object.sha256,
        'duration-seconds': (durationMs / 1000).toFixed(1),
        verified: 'restore',
        'backup-kind': manifest.kind ?? 'dump',
        'restored-database': conn.database,
        manifest: JSON.stringify(manifest),
    });
}
// ---------------------------------------------------------------------------------------------
function checkDigest(uri, hasher, expected) {
    if (!hasher.readableEnded && !hasher.writableFinished)
        throw new src/* ActionFailure */.dR(`${uri} was not read to its end: the verification is void`);
    const got = hasher.digest();
    if (got !== expected.sha256 || hasher.bytes !== expected.bytes) {
        throw new src/* ActionFailure */.dR(`Checksum mismatch for ${uri}: read ${hasher.bytes} bytes with sha256 ${got}, ` +
            `expected ${expected.bytes} bytes with sha256 ${expected.sha256}; the object is corrupted or was replaced`);
    }
}
function compareCounts(expected, got, what) {
    const names = [...new Set([...Object.keys(expected), ...Object.keys(got)])].sort();
    const diffs = names
        .filter((n) => expected[n] !== got[n])
        .map((n) => `${n}: ${expected[n] ?? 'absent'} expected, ${got[n] ?? 'absent'} found`);
    if (diffs.length > 0)
        throw new src/* ActionFailure */.dR(`Row counts of ${what} differ from the backup's: ${diffs.slice(0, 5).join('; ')}${diffs.length > 5 ? ` (and ${diffs.length - 5} more)` : ''}`);
}
/**
 * The summary read at 2 a.m.: what is safe now (the backup verified, where, how big; or the
 * database restored) first, then how that was established, then what to do next; the record's
 * particulars in <details> (no table of label/value rows under an empty header).
 */
function summary(title, m, manifestUri, restored) {
    const counts = `${Object.keys(m.tables).length} tables, ${(0,src/* formatCount */.B4)(sum(m.tables))} rows`;
    const size = (0,src/* formatBytes */.z3)(m.object.size);
    const verdict = m.verified.how === 'restore'
        ? `restorable (${counts})`
        : m.verified.how === 'checksum'
            ? `checksum verified, not restored (${counts})`
            : `NOT verified (${counts})`;
    const head = restored
        ? `### ✅ Backup ${m.backupId} of ${m.database} restored: ${counts}, row counts match`
        : `### ${m.verified.how === 'none' ? '⚠️' : '✅'} Backup of ${m.database} ${m.verified.how === 'none' ? 'stored' : 'verified'}: ${size} in ${m.object.uri}, ${verdict}`;
    const how = restored ? `Restored: ${restored}.` : `Verification (${m.verified.how}): ${m.verified.detail}.`;
    const next = restored
        ? '**What now:** point the application at the restored database if it is not already, and check it answers.'
        : `**What now:** nothing; to restore this backup, run db-backup with \`mode: restore\` and \`backup-id: ${m.backupId}\`.`;
    const details = [
        `- Backup id: ${m.backupId}`,
        `- Object: ${m.object.uri} (${size}, ${m.format}, ${m.compression})`,
        `- Manifest: ${manifestUri}`,
        `- Engine: ${m.engine} ${m.versions.server} (dump client ${m.versions.client})`,
        `- SHA-256: ${m.object.sha256}`,
    ];
    return [
        (0,src/* plainText */.wh)(head.slice(4)).replace(/^/, '### '),
        '',
        (0,src/* plainText */.wh)(how),
        '',
        next,
        '',
        `<details><summary>${title}: the record</summary>`,
        '',
        ...details.map((d) => `- ${(0,src/* plainText */.wh)(d.slice(2))}`),
        '',
        '</details>',
        '',
    ].join('\n');
}
function devNull() {
    return new external_node_stream_.Writable({ write: (_c, _e, cb) => cb() });
}
const sum = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);


/***/ }),

/***/ 48764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ inputs),
/* harmony export */   V: () => (/* binding */ outputs)
/* harmony export */ });
/* harmony import */ var _deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91605);
/* harmony import */ var _deploy_actions_azure_auth_inputs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26603);

// The inputs only: the identity library loads when an Azure Blob destination signs in (see main.ts).

/**
 * The inputs of db-backup. Names equal those of db-backup/action.yml, where the defaults live (the
 * runner applies them), hence `required` for every input that has one.
 */
const inputs = {
    mode: (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['backup', 'restore'])),
    engine: (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['postgres', 'mysql', 'azure-sql'])),
    'database-url': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .secret */ .rJ)()),
    database: (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    'azure-sql-server': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    'resource-group': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    'azure-sql-backup': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['export', 'restore-point'])),
    'azure-sql-admin-login': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    'azure-sql-admin-password': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .secret */ .rJ)()),
    'azure-sql-timeout': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)({ min: 1000 })),
    destination: (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    'deployment-id': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    'backup-id': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    'backup-uri': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    compression: (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['zstd', 'gzip', 'none'])),
    'compression-level': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)({ min: 1, max: 19 })),
    verify: (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['restore', 'checksum', 'none'])),
    'scratch-database-url': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .secret */ .rJ)()),
    'confirm-overwrite': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zM)()),
    'client-bin-dir': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    'lock-wait-timeout': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)({ min: 1 })),
    's3-endpoint': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    's3-region': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    'server-side-encryption': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['AES256', 'aws:kms'])),
    'kms-key-id': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    'storage-class': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)([
        'STANDARD',
        'STANDARD_IA',
        'ONEZONE_IA',
        'INTELLIGENT_TIERING',
        'GLACIER_IR',
        'GLACIER',
        'DEEP_ARCHIVE',
        'Hot',
        'Cool',
        'Cold',
        'Archive',
    ])),
    tags: (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)())),
    'object-lock-mode': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['GOVERNANCE', 'COMPLIANCE'])),
    'retention-days': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)({ min: 1, max: 36500 })),
    'azure-connection-string': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .secret */ .rJ)()),
    'network-timeout': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .duration */ .p0)({ min: 100 })),
    ..._deploy_actions_azure_auth_inputs__WEBPACK_IMPORTED_MODULE_1__/* .azureAuthInputs */ .a,
};
const outputs = [
    'backup-id',
    'uri',
    'manifest-uri',
    'size',
    'sha256',
    'duration-seconds',
    'verified',
    'backup-kind',
    'restore-point',
    'restored-database',
    'manifest',
];


/***/ }),

/***/ 47068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   e3: () => (/* binding */ backupSource),
/* harmony export */   q0: () => (/* binding */ describe)
/* harmony export */ });
/* harmony import */ var _deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91605);
/* harmony import */ var _deploy_actions_storage__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79745);


/**
 * What every engine's backup and restore share about what is stored: reading a manifest back,
 * and an error as one redacted line.
 */
/** The manifest at `key`, parsed; a missing or unreadable one is the step's one-line error. */
async function readManifest(store, key) {
    try {
        return JSON.parse(await store.getText(key));
    }
    catch (err) {
        if (err instanceof _deploy_actions_storage__WEBPACK_IMPORTED_MODULE_1__/* .NotFound */ .Mk)
            throw new _deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`No backup manifest at ${store.uri(key)}: check backup-id/backup-uri`);
        throw new _deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`Cannot read the backup manifest ${store.uri(key)}: ${describe(err)}`);
    }
}
/** The run that made a backup, as every engine's manifest records it. */
function backupSource() {
    return { repository: process.env.GITHUB_REPOSITORY, runId: process.env.GITHUB_RUN_ID, sha: process.env.GITHUB_SHA };
}
/** An error as one line, secrets redacted. */
function describe(err) {
    return (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(err instanceof Error ? err.message.replace(/\s*\n\s*/g, ' ') : String(err));
}


/***/ }),

/***/ 26603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ CLOUDS),
/* harmony export */   a: () => (/* binding */ azureAuthInputs)
/* harmony export */ });
/* harmony import */ var _deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91605);

/**
 * The sign-in inputs and clouds, without the identity library (about 30 MB and 300 ms to load):
 * an action that signs in to Azure only sometimes (db-backup, for an Azure Blob destination)
 * declares these in its spec and loads ./auth.ts only when it signs in.
 */
/** The national clouds: ARM endpoint, Entra authority and the audience GitHub's token is minted for. */
const CLOUDS = {
    AzureCloud: {
        arm: 'https://management.azure.com',
        authority: 'https://login.microsoftonline.com',
        audience: 'api://AzureADTokenExchange',
    },
    AzureUSGovernment: {
        arm: 'https://management.usgovcloudapi.net',
        authority: 'https://login.microsoftonline.us',
        audience: 'api://AzureADTokenExchangeUSGov',
    },
    AzureChinaCloud: {
        arm: 'https://management.chinacloudapi.cn',
        authority: 'https://login.chinacloudapi.cn',
        audience: 'api://AzureADTokenExchangeChina',
    },
};
/** The auth inputs, the same in every Azure action (names equal their action.yml's). */
const azureAuthInputs = {
    'client-id': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    'tenant-id': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    'subscription-id': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
    cloud: (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(Object.keys(CLOUDS))),
    'arm-endpoint': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ)({ protocols: ['https:'] })),
    'authority-host': (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ)({ protocols: ['https:'] })),
    audience: (0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_deploy_actions_core__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)()),
};


/***/ }),

/***/ 91605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dR: () => (/* reexport */ errors/* ActionFailure */.dR),
  IF: () => (/* reexport */ inputs/* FormatError */.IF),
  b0: () => (/* reexport */ errors/* InputIssues */.b0),
  fe: () => (/* reexport */ summary/* appendSummary */.fe),
  zM: () => (/* reexport */ inputs/* boolean */.zM),
  Uc: () => (/* reexport */ errors/* describeError */.Uc),
  p0: () => (/* reexport */ inputs/* duration */.p0),
  eB: () => (/* reexport */ errorChain),
  z3: () => (/* reexport */ formatBytes),
  B4: () => (/* reexport */ formatCount),
  a3: () => (/* reexport */ duration/* formatDuration */.a3),
  tt: () => (/* reexport */ inputs/* hasDotSegment */.tt),
  nd: () => (/* reexport */ inputs/* integer */.nd),
  p_: () => (/* reexport */ inputs/* list */.p_),
  Rm: () => (/* reexport */ src_log/* log */.Rm),
  $l: () => (/* reexport */ secrets/* maskSecret */.$),
  gn: () => (/* reexport */ inputs/* maskUrlCredentials */.gn),
  B0: () => (/* reexport */ networkAdvice),
  TN: () => (/* reexport */ errors/* oneLine */.TN),
  yL: () => (/* reexport */ inputs/* oneOf */.yL),
  Sg: () => (/* reexport */ src_log/* openGroup */.Sg),
  lq: () => (/* reexport */ inputs/* optional */.lq),
  mu: () => (/* reexport */ parseRetryAfter),
  Dl: () => (/* reexport */ inputs/* parseUrl */.Dl),
  wh: () => (/* reexport */ summary/* plainText */.wh),
  Ko: () => (/* reexport */ inputs/* readInputs */.Ko),
  E$: () => (/* reexport */ secrets/* redact */.E),
  mw: () => (/* reexport */ inputs/* required */.mw),
  L5: () => (/* reexport */ retry),
  rJ: () => (/* reexport */ inputs/* secret */.rJ),
  n0: () => (/* reexport */ setOutputs),
  Qq: () => (/* reexport */ inputs/* text */.Qq),
  OZ: () => (/* reexport */ inputs/* url */.OZ),
  eG: () => (/* reexport */ whenAborted)
});

// UNUSED EXPORTS: CANCEL_SIGTERM_AFTER_MS, CANCEL_WINDOW_MS, DURATION_FORM, InputError, InvalidInputs, MAX_DURATION_MS, MAX_LIST_ITEMS, OUTPUT_NAME, backoffDelay, cell, formatClock, inert, loadYaml, logGroup, markdownTable, onCancel, parseDuration, parseStructured, percent, pool, reportFailure, reservedEnvName, runAction, setNamedOutputs, sleep, structured, summaryWritten, urlPath, valueText

// EXTERNAL MODULE: ./packages/core/src/action.ts
var action = __webpack_require__(55171);
// EXTERNAL MODULE: ./packages/core/src/duration.ts
var duration = __webpack_require__(29713);
;// CONCATENATED MODULE: ./packages/core/src/size.ts
/**
 * A size as people read it: `812 B`, `41.2 KB`, `41.2 MB`, `1.23 GB` (decimal units, as cloud
 * consoles and `ls -h --si` show them), three significant figures at most.
 */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes) || bytes < 999.5)
        return `${Math.round(bytes)} B`;
    const units = ['KB', 'MB', 'GB', 'TB', 'PB'];
    let value = bytes;
    let unit = 'B';
    for (const u of units) {
        if (value < 999.5)
            break;
        value /= 1000;
        unit = u;
    }
    const shown = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
    return `${shown.replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1')} ${unit}`;
}
/** A count as people read it: `950`, `12.3 k`, `1.2 M` rows. */
function formatCount(n) {
    if (n < 10_000)
        return n.toLocaleString('en-US');
    if (n < 1_000_000)
        return `${(n / 1000).toFixed(n < 100_000 ? 1 : 0).replace(/\.0$/, '')} k`;
    return `${(n / 1_000_000).toFixed(n < 100_000_000 ? 1 : 0).replace(/\.0$/, '')} M`;
}

;// CONCATENATED MODULE: ./packages/core/src/env.ts
/**
 * Environment variable names an action must not set for later steps (GITHUB_ENV, or its own
 * exports): the runner's own, and those that make a program, a shell, a loader or a language
 * runtime load or run something at start-up, so that a value written there (a secret from a vault,
 * say) would change every later step rather than be read by one.
 */
const RESERVED_PREFIXES = (/* unused pure expression or super */ null && ([
    // The runner's, and what it hands to each step (inputs, saved state).
    'GITHUB_',
    'RUNNER_',
    'ACTIONS_',
    'INPUT_',
    'STATE_',
    // The dynamic loaders (glibc, musl, macOS).
    'LD_',
    'DYLD_',
    // Exported bash functions (BASH_FUNC_name%%) and git's configuration and helpers.
    'BASH_FUNC_',
    'GIT_',
]));
const RESERVED_NAMES = new Set([
    'CI',
    'HOME',
    'PATH',
    'SHELL',
    'TMPDIR',
    'IFS',
    // Shell start-up: bash reads BASH_ENV (non-interactive) and ENV (sh mode), zsh ZDOTDIR; bash
    // runs PROMPT_COMMAND, expands PS4 under xtrace, and SHELLOPTS/BASHOPTS switch its options.
    'BASH_ENV',
    'ENV',
    'ZDOTDIR',
    'PROMPT_COMMAND',
    'PS4',
    'SHELLOPTS',
    'BASHOPTS',
    'CDPATH',
    'GLOBIGNORE',
    // Language runtimes that load code or options from the environment.
    'NODE_OPTIONS',
    'NODE_PATH',
    'NODE_EXTRA_CA_CERTS',
    'PYTHONSTARTUP',
    'PYTHONPATH',
    'PYTHONHOME',
    'PERL5OPT',
    'PERL5LIB',
    'PERLLIB',
    'RUBYOPT',
    'RUBYLIB',
    'JAVA_TOOL_OPTIONS',
    '_JAVA_OPTIONS',
    'JDK_JAVA_OPTIONS',
    'DOTNET_STARTUP_HOOKS',
    'PSMODULEPATH',
    // Trust stores: a value there decides which servers every later step believes.
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'CURL_CA_BUNDLE',
    'REQUESTS_CA_BUNDLE',
]);
/** Why `name` may not be set for later steps, or undefined when it may. Case-insensitive (Windows). */
function reservedEnvName(name) {
    const upper = name.toUpperCase();
    const prefix = RESERVED_PREFIXES.find((p) => upper.startsWith(p));
    if (prefix)
        return `${name} belongs to the runner or changes how later steps run (as every ${prefix}* name)`;
    if (RESERVED_NAMES.has(upper))
        return `${name} belongs to the runner or changes how later steps run`;
    return undefined;
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/log.ts
var src_log = __webpack_require__(88315);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./packages/core/src/sleep.ts

/**
 * Rejects with `signal`'s reason once it aborts (at once if it has): what a wait races to end early.
 * Never resolves; its rejection is handled, so racing it is optional.
 */
function whenAborted(signal) {
    const aborted = new Promise((_, reject) => {
        const fail = () => reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        if (signal.aborted)
            fail();
        else
            signal.addEventListener('abort', fail, { once: true });
    });
    aborted.catch(() => { });
    return aborted;
}
/** Waits `ms`, or less when `signal` aborts: then rejects with the signal's reason. */
async function sleep(ms, signal) {
    signal?.throwIfAborted();
    if (ms <= 0)
        return;
    try {
        await (0,promises_.setTimeout)(ms, undefined, { signal });
    }
    catch (err) {
        // timers/promises wraps the reason in a generic AbortError; callers want the reason itself.
        if (signal?.aborted)
            throw signal.reason;
        throw err;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/retry.ts

/** Full-jitter exponential backoff: a random wait in [0, min(max, base·2^n)]. */
function backoffDelay(attempt, base, max, random = Math.random) {
    return Math.floor(random() * Math.min(max, base * 2 ** attempt));
}
/**
 * Parses a Retry-After header (delta-seconds or an HTTP date) into ms from `now`;
 * undefined when absent or unreadable.
 */
function parseRetryAfter(header, now = Date.now()) {
    if (!header)
        return undefined;
    const t = header.trim();
    if (/^\d+$/.test(t))
        return Number(t) * 1000;
    const at = Date.parse(t);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/**
 * Runs `fn` until it succeeds, the error is not retryable, the attempts are spent or the deadline
 * would pass. Waits honour Retry-After (never shorter than the server asked), are bounded by the
 * deadline and end at once when `signal` aborts. The last error is rethrown.
 */
async function retry(fn, opts) {
    for (let attempt = 0;; attempt++) {
        opts.signal?.throwIfAborted();
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (opts.signal?.aborted)
                throw err;
            const decision = opts.classify(err);
            if (!decision.retry || attempt + 1 >= opts.attempts)
                throw err;
            const jitter = backoffDelay(attempt, opts.baseDelayMs, opts.maxDelayMs, opts.random);
            const delayMs = Math.max(jitter, decision.retryAfterMs ?? 0);
            if (opts.deadline !== undefined && Date.now() + delayMs >= opts.deadline)
                throw err;
            opts.onRetry?.({ attempt: attempt + 1, delayMs, error: err });
            await sleep(delayMs, opts.signal);
        }
    }
}

// EXTERNAL MODULE: ./packages/core/src/secrets.ts
var secrets = __webpack_require__(87620);
// EXTERNAL MODULE: ./packages/core/src/summary.ts
var summary = __webpack_require__(50521);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var lib_core = __webpack_require__(46058);
;// CONCATENATED MODULE: ./packages/core/src/outputs.ts

/**
 * Sets an action's outputs. The names come from the action's spec (`outputs`), which a metadata
 * test holds equal to action.yml, so an output can be neither misspelt nor left undeclared.
 */
function setOutputs(declared, values) {
    for (const name of declared) {
        const value = values[name];
        if (value !== undefined)
            lib_core/* setOutput */.uH(name, String(value));
    }
}
/** What a step output's name may be: a letter or `_`, then letters, digits, `-` and `_`. */
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * Sets outputs whose names come from the user's input (e.g. one per secret read), which action.yml
 * cannot declare: a JavaScript action's undeclared outputs still reach `steps.<id>.outputs`. The
 * caller validates the names (OUTPUT_NAME) with its inputs, before any side effect.
 */
function setNamedOutputs(values) {
    for (const [name, value] of Object.entries(values)) {
        if (!OUTPUT_NAME.test(name))
            throw new Error(`not an output name: ${name}`);
        core.setOutput(name, value);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/cancel.ts

/** GitHub cancels a step with SIGINT, then SIGTERM this long after it… */
const CANCEL_SIGTERM_AFTER_MS = 7_500;
/** …then SIGKILL 2.5 s after that: this long after SIGINT. */
const CANCEL_WINDOW_MS = 10_000;
/**
 * `onCancel` turns the first signal into an abort of `what` (the caller's own flow then puts
 * production back in a safe state), and a watchdog ends the process with `ifStuck` said before
 * SIGKILL would end it silently, leaving the rest to the post step.
 */
function onCancel(opts) {
    const cancel = new AbortController();
    const handler = (signal) => {
        if (cancel.signal.aborted)
            return;
        log.warning(`Received ${signal}: cancelling ${opts.what}`);
        cancel.abort(new Error(`received ${signal}`));
        setTimeout(() => {
            log.error(opts.ifStuck);
            process.exit(1);
        }, CANCEL_WINDOW_MS - 1000).unref();
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return cancel;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./packages/core/src/advice.ts

/**
 * What to do about a connection that failed, said with the host it was for: shared by the Azure
 * and S3 explanations (packages/azure/src/explain.ts, packages/storage/src/s3-errors.ts) and any
 * other client. Reads the socket error's code wherever the client wrapped it (cause, an
 * AggregateError's errors) and the host from the error's request URL or the socket's own fields.
 */
const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/;
const NETWORK_CODE = /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|UND_ERR_\w*TIMEOUT|UND_ERR_SOCKET)$|CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/;
/**
 * A connection that failed, with the host it was for (the error's request URL, or the socket
 * error's own hostname/address and port).
 */
function networkAdvice(err) {
    const chain = errorChain(err);
    const s = chain.find((e) => NETWORK_CODE.test(String(e.code)));
    const code = s?.code ?? codeInText(chain.map((e) => e.message).join('\n'));
    if (!code)
        return undefined;
    const url = requestUrl(err);
    const host = url?.host ?? s?.hostname ?? s?.host ?? (s?.address ? `${s.address}${s.port ? `:${s.port}` : ''}` : '');
    // Some clients wrap the socket error and drop its fields ("connect ECONNREFUSED 127.0.0.1:9" stays).
    const said = new RegExp(`${code} ([^\\s,;)]+)`).exec(chain.map((e) => e.message).join('\n'))?.[1];
    const where = host || said || 'the service';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return `the name ${where} does not resolve from this runner: check the spelling of the input that names it, and for a private endpoint that the runner uses its private DNS zone`;
    if (code === 'ECONNREFUSED')
        return `nothing accepts connections at ${where}: check the host and port, and that the service is running and its network rules let this runner in`;
    if (/TIMEDOUT|TIMEOUT/.test(code))
        return `${where} did not answer in time: check that the runner can reach it (firewall, private network, or a proxy set in HTTPS_PROXY)`;
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
        return `${where} closed the connection: a proxy or firewall on the way may be cutting it; running again may pass`;
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
        return `the certificate of ${where} does not name that host: use the host name the certificate is for`;
    if (TLS_CODE.test(code))
        return `the certificate of ${where} is not trusted by this runner: if a proxy inspects TLS, give its CA certificate in NODE_EXTRA_CA_CERTS`;
    return undefined;
}
function codeInText(text) {
    return /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|UND_ERR_CONNECT_TIMEOUT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_CERT_ALTNAME_INVALID)\b/.exec(text)?.[1];
}
const isError = (value) => value instanceof Error || external_node_util_.types.isNativeError(value);
/** The error and its causes (fetch and the SDKs wrap the socket's error), and an AggregateError's errors. */
function errorChain(err) {
    const out = [];
    const visit = (e, depth) => {
        if (!isError(e) || depth > 6 || out.includes(e))
            return;
        out.push(e);
        visit(e.cause, depth + 1);
        for (const inner of e.errors ?? [])
            visit(inner, depth + 1);
    };
    visit(err, 0);
    return out;
}
function requestUrl(err) {
    for (const e of errorChain(err)) {
        const url = e.request?.url;
        if (typeof url === 'string')
            try {
                return new URL(url);
            }
            catch {
                return undefined;
            }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts

















/***/ }),

/***/ 79745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $K: () => (/* reexport */ stream/* HashingStream */.$K),
  NE: () => (/* reexport */ LOCATION_FORM),
  Mk: () => (/* reexport */ store/* NotFound */.M),
  fN: () => (/* reexport */ stream/* Tee */.fN),
  mL: () => (/* binding */ blobDestination),
  PY: () => (/* binding */ blobSas),
  Gj: () => (/* reexport */ stream/* gate */.Gj),
  ID: () => (/* reexport */ joinKey),
  KJ: () => (/* reexport */ stream/* onBranchFailure */.KJ),
  zS: () => (/* reexport */ parseLocation),
  lW: () => (/* binding */ s3Destination)
});

// UNUSED EXPORTS: ObjectChanged

// EXTERNAL MODULE: ./packages/core/src/index.ts + 7 modules
var src = __webpack_require__(91605);
;// CONCATENATED MODULE: ./packages/storage/src/location.ts

const LOCATION_FORM = 's3://bucket/prefix, azblob://container/prefix or https://account.blob.core.windows.net/container/prefix';
/** Parses a location; throws an Error whose message says what is wrong. */
function parseLocation(raw) {
    const text = raw.trim();
    // The URL parser drops tabs and line breaks and resolves `.` and `..` segments without a word:
    // `s3://bucket/team-a/../team-b` would become another team's prefix. Both are refused on the
    // text as written.
    // eslint-disable-next-line no-control-regex
    if (/[\s\u0000-\u001f\u007f]/.test(text))
        throw new Error('holds white space or a line break');
    const written = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\\]*([^?#]*)/i.exec(text)?.[1] ?? '';
    if ((0,src/* hasDotSegment */.tt)(written) || written.includes('\\'))
        throw new Error('has a . or .. segment or a backslash: give the prefix as it is stored');
    let u;
    try {
        u = new URL(text);
    }
    catch {
        throw new Error('is not a URI');
    }
    if ((0,src/* maskUrlCredentials */.gn)(u))
        throw new Error('holds a user name or password: give credentials in their own secret inputs');
    if (u.search || u.hash)
        throw new Error('has a query or fragment: give a SAS token in azure-connection-string');
    const path = decodeURIComponent(u.pathname).replace(/^\/+/, '');
    const prefix = (p) => p.replace(/\/+$/, '');
    if (u.protocol === 's3:') {
        const bucket = u.hostname;
        if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
            throw new Error(`bucket "${bucket}" is not a valid S3 bucket name`);
        return { kind: 's3', bucket, prefix: prefix(path) };
    }
    if (u.protocol === 'azblob:') {
        const container = u.hostname;
        checkContainer(container);
        return { kind: 'azure-blob', container, prefix: prefix(path) };
    }
    if (u.protocol === 'https:' || u.protocol === 'http:') {
        const parts = path.split('/');
        // Azurite and other emulators put the account in the path: http://host:port/<account>/<container>/...
        const pathStyle = !/\.blob\./.test(u.hostname);
        const accountPart = pathStyle ? parts.shift() : undefined;
        const container = parts.shift() ?? '';
        if (pathStyle && !accountPart)
            throw new Error('names no account: give http(s)://host/<account>/<container>/prefix');
        checkContainer(container);
        const accountUrl = `${u.protocol}//${u.host}${accountPart ? `/${accountPart}` : ''}`;
        return { kind: 'azure-blob', container, prefix: prefix(parts.join('/')), accountUrl };
    }
    throw new Error(`scheme ${u.protocol.replace(/:$/, '')} is not supported`);
}
function checkContainer(name) {
    if (!/^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/.test(name))
        throw new Error(`container "${name}" is not a valid Azure container name`);
}
/** `prefix/rest` without doubled slashes. */
function joinKey(...parts) {
    return parts
        .map((p) => p.replace(/^\/+|\/+$/g, ''))
        .filter((p) => p !== '')
        .join('/');
}

// EXTERNAL MODULE: ./packages/storage/src/stream.ts
var stream = __webpack_require__(36457);
// EXTERNAL MODULE: ./packages/storage/src/store.ts
var store = __webpack_require__(9504);
// EXTERNAL MODULE: ./packages/storage/src/ranged.ts
var ranged = __webpack_require__(4978);
;// CONCATENATED MODULE: ./packages/storage/src/index.ts




/**
 * The SDKs load only when their store is opened: the AWS and Azure SDKs together add tens of MB to
 * a process that needs one of them.
 */
async function s3Destination(opts) {
    const { s3Destination: open } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(97)]).then(__webpack_require__.bind(__webpack_require__, 22097));
    return open(opts);
}
/**
 * An Azure Blob container; `auth` is `{ connectionString }`, or `{ credential, accountUrl }` with a
 * TokenCredential (Entra ID / OIDC).
 */
async function blobDestination(auth, opts) {
    const { blobDestination: open } = await Promise.all(/* import() */[__webpack_require__.e(599), __webpack_require__.e(738), __webpack_require__.e(728), __webpack_require__.e(162)]).then(__webpack_require__.bind(__webpack_require__, 74162));
    return open(auth, opts);
}
/**
 * A SAS for one blob, made from the account key of `connectionString` (or its own SAS when it
 * carries one instead of a key): what ARM's SQL export and import are handed, so they can write or
 * read that blob and nothing else, until `expiresOn`. Returns the blob's URL (no query) and the SAS
 * (a query string without "?"). A secret: mask it.
 */
async function blobSas(connectionString, container, key, permissions, expiresOn) {
    const { blobSas: make } = await Promise.all(/* import() */[__webpack_require__.e(599), __webpack_require__.e(738), __webpack_require__.e(728), __webpack_require__.e(162)]).then(__webpack_require__.bind(__webpack_require__, 74162));
    return make(connectionString, container, key, permissions, expiresOn);
}


/***/ }),

/***/ 4978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ readObject),
/* harmony export */   U_: () => (/* binding */ rangeReading)
/* harmony export */ });
/* unused harmony exports ObjectChanged, rangedRead */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);

/** How a store reads its objects: its RangeOptions with the defaults, three tries per range. */
function rangeReading(opts) {
    return { rangeSize: opts.rangeSizeBytes ?? 8 * 1024 * 1024, concurrency: opts.rangeConcurrency ?? 4, attempts: 3 };
}
/**
 * The object was replaced or deleted between two ranges of one read (the ETag of the first answer
 * no longer matches: 412, or 404): its ranges would mix two objects, so the read fails.
 */
class ObjectChanged extends Error {
    constructor(uri) {
        super(`${uri} changed while it was being read (its ETag no longer matches the first range's)`);
        this.name = 'ObjectChanged';
    }
}
/**
 * An object larger than one range, read as byte ranges asked for a few at a time and handed on in
 * order. One connection to S3 or Azure Blob carries a fraction of what several do (AWS's S3
 * performance guidelines: byte-range fetches in parallel), and a range whose answer breaks off is
 * asked for again on its own instead of failing the whole read. `first` is the answer to the first
 * range, which told the object's `size`; `fetch` asks for the others conditionally on its ETag.
 * Memory: at most `concurrency` ranges in flight plus the one being consumed, whatever the size.
 */
function rangedRead(first, fetch, o) {
    const controller = new AbortController();
    const stop = () => controller.abort(o.signal?.reason ?? new Error('the read was abandoned'));
    o.signal?.addEventListener('abort', stop, { once: true });
    const count = Math.ceil(first.size / o.rangeSize);
    let firstBody = first.body;
    const range = async (index) => {
        const start = index * o.rangeSize;
        const end = Math.min(start + o.rangeSize, first.size) - 1;
        for (let attempt = 1;; attempt++) {
            try {
                const body = index === 0 && firstBody ? firstBody : await fetch(start, end, controller.signal);
                if (index === 0)
                    firstBody = undefined;
                return await collect(body, end - start + 1, controller.signal);
            }
            catch (err) {
                if (err instanceof ObjectChanged || controller.signal.aborted || attempt >= o.attempts)
                    throw err;
                await new Promise((r) => setTimeout(r, 200 * attempt));
            }
        }
    };
    const pending = [];
    let next = 0;
    const more = () => {
        while (next < count && pending.length < o.concurrency) {
            const p = range(next++);
            p.catch(() => { }); // taken in order below; an earlier failure ends the read before it
            pending.push(p);
        }
    };
    let pulling = false;
    // Hands on the ranges in order while the consumer wants more; each one taken makes room for the next.
    const pull = async () => {
        if (pulling)
            return;
        pulling = true;
        try {
            for (let wanted = true; wanted;) {
                const p = pending.shift();
                if (!p)
                    return void stream.push(null);
                const chunks = await p;
                if (stream.destroyed)
                    return;
                more();
                for (const chunk of chunks)
                    wanted = stream.push(chunk);
            }
        }
        catch (err) {
            stream.destroy(err instanceof Error ? err : new Error(String(err)));
        }
        finally {
            pulling = false;
        }
    };
    // Not Readable.from(generator): destroying that waits for the generator's pending await, so a
    // consumer going away while a range hangs would neither stop it nor see its stream close.
    const stream = new node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable({
        read: () => void pull(),
        destroy: (err, cb) => {
            stop();
            firstBody?.destroy();
            o.signal?.removeEventListener('abort', stop);
            cb(err);
        },
    });
    more();
    return stream;
}
/** The whole answer to one range, which must be exactly `length` bytes, as it came (no copy). */
async function collect(body, length, signal) {
    const chunks = [];
    let at = 0;
    const onAbort = () => body.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    if (signal.aborted)
        onAbort();
    else
        signal.addEventListener('abort', onAbort, { once: true });
    try {
        for await (const chunk of body) {
            at += chunk.length;
            if (at > length)
                throw new Error(`the range answered more than the ${length} bytes asked for`);
            chunks.push(chunk);
        }
    }
    finally {
        signal.removeEventListener('abort', onAbort);
        body.destroy();
    }
    if (at !== length)
        throw new Error(`the range ended after ${at} of its ${length} bytes`);
    return chunks;
}
/**
 * An object read through `request`, whatever the store: the first range's answer tells the size
 * (Content-Range), and an object that fits in it is that answer alone; a larger one is read by
 * rangedRead, each later range conditional on the first answer's ETag. `status` tells a failed
 * request's HTTP status: 416 for the first range is an empty object (S3 and Azure answer a range of
 * one so), read whole; 412 or 404 for a later range is ObjectChanged. Other failures, a 404 for the
 * first range among them, are the store's to explain.
 */
async function readObject(uri, request, status, o) {
    let first;
    try {
        first = await request({ start: 0, end: o.rangeSize - 1 }, o.signal);
    }
    catch (err) {
        if (status(err) !== 416)
            throw err;
        return (await request(undefined, o.signal)).body;
    }
    // A service that ignores Range answers 200 with the whole object and no Content-Range.
    const size = sizeFromContentRange(first.contentRange);
    if (size === undefined || size <= o.rangeSize)
        return first.body;
    const etag = first.etag;
    return rangedRead({ body: first.body, size }, async (start, end, signal) => {
        try {
            return (await request({ start, end, etag }, signal)).body;
        }
        catch (err) {
            const code = status(err);
            if (code === 412 || code === 404)
                throw new ObjectChanged(uri);
            throw err;
        }
    }, o);
}
/** The object's size from a Content-Range answer ("bytes 0-8388607/123456789"); undefined without one. */
function sizeFromContentRange(contentRange) {
    const total = /\/(\d+)$/.exec(contentRange ?? '')?.[1];
    return total === undefined ? undefined : Number(total);
}


/***/ }),

/***/ 9504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ NotFound)
/* harmony export */ });
/** Thrown by Store.download/getText when the object does not exist. */
class NotFound extends Error {
    constructor(uri) {
        super(`${uri} does not exist`);
        this.name = 'NotFound';
    }
}


/***/ }),

/***/ 36457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ HashingStream),
/* harmony export */   Gj: () => (/* binding */ gate),
/* harmony export */   KJ: () => (/* binding */ onBranchFailure),
/* harmony export */   fN: () => (/* binding */ Tee)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);


/**
 * A pass-through that counts and hashes (SHA-256) what goes through it. `digest()` is valid once
 * the stream ended.
 */
class HashingStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    bytes = 0;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    hex;
    _transform(chunk, _enc, cb) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        cb(null, chunk);
    }
    _flush(cb) {
        this.hex = this.hash.digest('hex');
        cb();
    }
    digest() {
        if (this.hex === undefined)
            throw new Error('the stream has not ended: no digest yet');
        return this.hex;
    }
}
/**
 * A pass-through that refuses to end until `done` settles: when the producer's output reached EOF,
 * the stream ends only if `done` resolves (e.g. the dump process exited 0, its stderr drained), and
 * errors with `done`'s reason otherwise. An upload reading from it therefore never completes on a
 * truncated input: EOF of a pipe is not success. `onHold` is called when the input ended and the
 * wait for `done` begins.
 */
function gate(done, onHold) {
    // Settled early or late, `done` must not become an unhandled rejection.
    done.catch(() => { });
    return new node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform({
        transform(chunk, _enc, cb) {
            cb(null, chunk);
        },
        flush(cb) {
            onHold?.();
            done.then(() => cb(), (err) => cb(err instanceof Error ? err : new Error(String(err))));
        },
    });
}
/**
 * Calls `onFail` with the index of a branch that errors, or closes before it was ended (its
 * consumer gone: whoever writes to the others would otherwise wait for it for ever), and why. It
 * may be called again for the same branch (an error, then its close): `onFail` ignores what it
 * already handled. The wiring of Tee and of db-backup's dump into its targets.
 */
function onBranchFailure(branches, onFail) {
    branches.forEach((branch, index) => {
        branch.on('error', (err) => onFail(index, err));
        branch.on('close', () => {
            if (!branch.writableEnded)
                onFail(index, new Error(`the stream's branch ${index} closed before its end`));
        });
    });
}
/**
 * A writable that hands every chunk to each of `branches` and takes the next chunk only once all of
 * them accepted it: the slowest branch sets the pace, so memory stays at the branches' own buffers
 * (what `Readable.pipe` to two destinations does, with the failures wired). Its end ends every
 * branch. A branch that errors, or closes before it was ended, destroys the tee and through it every
 * other branch, so no consumer waits for bytes that will not come; `failedBranch` is the index of
 * the branch that failed first (undefined when the tee was destroyed by its writer, or not at all).
 */
class Tee extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Writable {
    failedBranch;
    branches;
    constructor(branches) {
        super();
        this.branches = branches;
        onBranchFailure(branches, (index, err) => {
            if (this.destroyed || this.writableFinished)
                return;
            this.failedBranch = index;
            this.destroy(err);
        });
    }
    _write(chunk, _enc, cb) {
        let waiting = 1;
        const accepted = () => {
            if (--waiting === 0)
                cb();
        };
        for (const branch of this.branches) {
            if (!branch.write(chunk)) {
                waiting++;
                branch.once('drain', accepted);
            }
        }
        accepted();
    }
    _final(cb) {
        for (const branch of this.branches)
            branch.end();
        cb();
    }
    _destroy(err, cb) {
        // Also called once the tee finished (autoDestroy): the branches then still drain what they hold.
        if (err || !this.writableFinished)
            for (const branch of this.branches)
                if (!branch.destroyed)
                    branch.destroy(err ?? new Error('the stream was destroyed before its end'));
        cb(err);
    }
}


/***/ })

};
