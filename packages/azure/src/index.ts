export * from './arm.ts'
export * from './auth.ts'
export * from './container-apps.ts'
export * from './key-vault.ts'
