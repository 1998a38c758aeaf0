export * from './source.ts'
