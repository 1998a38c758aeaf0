export * from './arm.ts'
export * from './auth.ts'
export * from './container-apps.ts'
