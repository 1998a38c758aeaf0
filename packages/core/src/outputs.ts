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
