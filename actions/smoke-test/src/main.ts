import { InputIssues, readInputs, setOutputs } from '@deploy-actions/core'
import { inputs, outputs } from './spec.ts'

export async function run(): Promise<void> {
  const issues = new InputIssues()
  readInputs(inputs, issues)
  issues.throwIfAny()
  setOutputs(outputs, { passed: true })
}
