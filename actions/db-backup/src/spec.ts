import { boolean, duration, integer, list, oneOf, optional, required, secret, text } from '@deploy-actions/core'
// The inputs only: the identity library loads when an Azure Blob destination signs in (see main.ts).
import { azureAuthInputs } from '@deploy-actions/azure/auth-inputs'

/**
 * The inputs of db-backup. Names equal those of db-backup/action.yml, where the defaults live (the
 * runner applies them), hence `required` for every input that has one.
 */
export const inputs = {
  mode: required(oneOf(['backup', 'restore'])),
  engine: optional(oneOf(['postgres', 'mysql', 'azure-sql'])),
  'database-url': optional(secret()),
  database: optional(text()),
  'azure-sql-server': optional(text()),
  'resource-group': optional(text()),
  'azure-sql-backup': required(oneOf(['export', 'restore-point'])),
  'azure-sql-admin-login': optional(text()),
  'azure-sql-admin-password': optional(secret()),
  'azure-sql-timeout': required(duration({ min: 1000 })),
  destination: optional(text()),
  'deployment-id': optional(text()),
  'backup-id': optional(text()),
  'backup-uri': optional(text()),
  compression: required(oneOf(['zstd', 'gzip', 'none'])),
  'compression-level': optional(integer({ min: 1, max: 19 })),
  verify: required(oneOf(['restore', 'checksum', 'none'])),
  'scratch-database-url': optional(secret()),
  'confirm-overwrite': required(boolean()),
  'client-bin-dir': optional(text()),
  'lock-wait-timeout': required(duration({ min: 1 })),
  's3-endpoint': optional(text()),
  's3-region': optional(text()),
  'server-side-encryption': optional(oneOf(['AES256', 'aws:kms'])),
  'kms-key-id': optional(text()),
  'storage-class': optional(
    oneOf([
      'STANDARD',
      'STANDARD_IA',
      'ONEZONE_IA',
      'INTELLIGENT_TIERING',
      'GLACIER_IR',
      'GLACIER',
      'DEEP_ARCHIVE',
      'Hot',
      'Cool',
      'Cold',
      'Archive',
    ]),
  ),
  tags: optional(list(text())),
  'object-lock-mode': optional(oneOf(['GOVERNANCE', 'COMPLIANCE'])),
  'retention-days': optional(integer({ min: 1, max: 36500 })),
  'azure-connection-string': optional(secret()),
  'network-timeout': required(duration({ min: 100 })),
  ...azureAuthInputs,
}

export const outputs = [
  'backup-id',
  'uri',
  'manifest-uri',
  'size',
  'sha256',
  'duration-seconds',
  'verified',
  'backup-kind',
  'restore-point',
  'restored-database',
  'manifest',
] as const
