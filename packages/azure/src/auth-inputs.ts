import { oneOf, optional, required, text, url } from '@deploy-actions/core'

/**
 * The sign-in inputs and clouds, without the identity library (about 30 MB and 300 ms to load):
 * an action that signs in to Azure only sometimes (db-backup, for an Azure Blob destination)
 * declares these in its spec and loads ./auth.ts only when it signs in.
 */

/** The national clouds: ARM endpoint, Entra authority and the audience GitHub's token is minted for. */
export const CLOUDS = {
  AzureCloud: {
    arm: 'https://management.azure.com',
    authority: 'https://login.microsoftonline.com',
    audience: 'api://AzureADTokenExchange',
  },
  AzureUSGovernment: {
    arm: 'https://management.usgovcloudapi.net',
    authority: 'https://login.microsoftonline.us',
    audience: 'api://AzureADTokenExchangeUSGov',
  },
  AzureChinaCloud: {
    arm: 'https://management.chinacloudapi.cn',
    authority: 'https://login.chinacloudapi.cn',
    audience: 'api://AzureADTokenExchangeChina',
  },
} as const

export type CloudName = keyof typeof CLOUDS

/** The auth inputs, the same in every Azure action (names equal their action.yml's). */
export const azureAuthInputs = {
  'client-id': optional(text()),
  'tenant-id': optional(text()),
  'subscription-id': optional(text()),
  cloud: required(oneOf(Object.keys(CLOUDS) as CloudName[])),
  'arm-endpoint': optional(url({ protocols: ['https:'] })),
  'authority-host': optional(url({ protocols: ['https:'] })),
  audience: optional(text()),
}
