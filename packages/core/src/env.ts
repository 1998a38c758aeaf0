/**
 * Environment variable names an action must not set for later steps (GITHUB_ENV, or its own
 * exports): the runner's own, and those that make a program, a shell, a loader or a language
 * runtime load or run something at start-up, so that a value written there (a secret from a vault,
 * say) would change every later step rather than be read by one.
 */
const RESERVED_PREFIXES = [
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
]

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
])

/** Why `name` may not be set for later steps, or undefined when it may. Case-insensitive (Windows). */
export function reservedEnvName(name: string): string | undefined {
  const upper = name.toUpperCase()
  const prefix = RESERVED_PREFIXES.find((p) => upper.startsWith(p))
  if (prefix) return `${name} belongs to the runner or changes how later steps run (as every ${prefix}* name)`
  if (RESERVED_NAMES.has(upper)) return `${name} belongs to the runner or changes how later steps run`
  return undefined
}
