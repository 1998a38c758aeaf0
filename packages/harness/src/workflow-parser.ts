/**
 * Loads @actions/workflow-parser (GitHub's own parser behind the Actions language service) under
 * plain Node. Its ESM build imports its JSON schemas without `with { type: 'json' }`, which Node
 * refuses; a resolve hook adds the attribute for those files only.
 */
import { registerHooks } from 'node:module'

let hooked = false

function hookSchemaImports(): void {
  if (hooked) return
  hooked = true
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context)
      if (resolved.url.includes('/@actions/workflow-parser/') && resolved.url.endsWith('.json')) {
        return { ...resolved, importAttributes: { ...context.importAttributes, type: 'json' } }
      }
      return resolved
    },
  })
}

export async function loadWorkflowParser() {
  // Under jest, whose module loader forbids hooks, a transform adds the attribute (jest.config.js).
  if (!process.env.JEST_WORKER_ID) hookSchemaImports()
  const [workflows, actions, convert] = await Promise.all([
    import('@actions/workflow-parser'),
    import('@actions/workflow-parser/actions/index'),
    import('@actions/workflow-parser/model/convert'),
  ])
  return { ...workflows, ...actions, ErrorPolicy: convert.ErrorPolicy }
}
