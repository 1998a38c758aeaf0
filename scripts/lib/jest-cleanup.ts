// Runs in every test file's module registry, so it empties the registry the file's steps and
// workflow runs filled (packages/harness/src/temp.ts).
import { afterAll } from '@jest/globals'
import { removeTemporaryFolders } from '@deploy-actions/harness/temp'

afterAll(removeTemporaryFolders)
