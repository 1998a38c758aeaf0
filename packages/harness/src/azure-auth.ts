/**
 * An AzureAuth signed in at the Azure stand-in's Entra with the real @azure/identity (the client
 * secret of its app registration), for tests that drive the packages' Azure clients in process.
 */
import type { AzureAuth } from '@deploy-actions/azure/auth'
import { CLIENT_ID, CLIENT_SECRET, SUBSCRIPTION, TENANT, type Azure } from './emulators/azure.ts'

export async function standInAuth(azure: Azure): Promise<AzureAuth> {
  const { ClientSecretCredential } = await import('@azure/identity')
  return {
    credential: new ClientSecretCredential(TENANT, CLIENT_ID, CLIENT_SECRET, {
      authorityHost: azure.url,
      disableInstanceDiscovery: true,
    }),
    method: 'test',
    subscriptionId: SUBSCRIPTION,
    armEndpoint: azure.url,
    armScope: `${azure.url}/.default`,
    authorityHost: azure.url,
  }
}
