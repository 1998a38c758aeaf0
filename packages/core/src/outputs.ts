import * as core from '@actions/core'

/**
 * Sets an action's outputs. The names come from the action's spec (`outputs`), which a metadata
 * test holds equal to action.yml, so an output can be neither misspelt nor left undeclared.
 */
export function setOutputs<const N extends string>(
  declared: readonly N[],
  values: { [K in N]?: string | number | boolean },
): void {
  for (const name of declared) {
    const value = values[name]
    if (value !== undefined) core.setOutput(name, String(value))
  }
}

/** What a step output's name may be: a letter or `_`, then letters, digits, `-` and `_`. */
export const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/

/**
 * Sets outputs whose names come from the user's input (e.g. one per secret read), which action.yml
 * cannot declare: a JavaScript action's undeclared outputs still reach `steps.<id>.outputs`. The
 * caller validates the names (OUTPUT_NAME) with its inputs, before any side effect.
 */
export function setNamedOutputs(values: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(values)) {
    if (!OUTPUT_NAME.test(name)) throw new Error(`not an output name: ${name}`)
    core.setOutput(name, value)
  }
}
