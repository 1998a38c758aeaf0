export * from './expressions.ts'
export * from './permissions.ts'
export * from './runner.ts'
export * from './stand-ins.ts'
