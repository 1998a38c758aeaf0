/**
 * The repository's actions and their contracts. An action is a folder under actions/ with a
 * src/index.ts (its logic); its face is <name>/action.yml + <name>/README.md at the root and its
 * bundle dist/<name>/. Every script and test that needs the list or a contract reads it here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'

export const root = resolve(import.meta.dirname, '..', '..', '..')

export interface ActionInput {
  description?: string
  required?: boolean
  default?: string | number | boolean
  'deprecation-message'?: string
}

export interface ActionOutput {
  description?: string
}

export interface ActionMetadata {
  name?: string
  description?: string
  author?: string
  branding?: { icon?: string; color?: string }
  inputs?: Record<string, ActionInput>
  outputs?: Record<string, ActionOutput>
  runs: { using: string; main: string; post?: string; 'post-if'?: string; pre?: string }
}

/** Names of the actions that have logic under actions/<name>/src, in a stable order. */
export function actionNames(): string[] {
  return readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'src', 'index.ts')))
    .sort()
}

/** `action` is a folder under the root, or an absolute path (an action of another checkout). */
export function actionYmlPath(action: string): string {
  return resolve(root, action, 'action.yml')
}

export function readActionMetadata(action: string): ActionMetadata {
  return parseYaml(readFileSync(actionYmlPath(action), 'utf8')) as ActionMetadata
}

/** The value the runner gives an input that has a default: YAML scalars become their text. */
export function defaultText(input: ActionInput): string | undefined {
  return input.default === undefined ? undefined : input.default.toString()
}
