import { format } from 'node:util'
import { AzureLogger } from '@azure/logger'
import { log } from '@deploy-actions/core'

/**
 * The Azure SDKs print their own log to stderr when a user sets AZURE_LOG_LEVEL (requests,
 * answers, retries): text from the service, on a stream the runner reads for workflow commands.
 * Imported for its effect wherever an SDK client is built, it sends that log through the output
 * layer instead, as ordinary lines of the step's log.
 */
AzureLogger.log = (...args: unknown[]) => log.info(format(...args))
