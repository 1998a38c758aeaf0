export * from './source.ts'
export * from './registry.ts'
export * from './gates.ts'
export * from './binned.ts'
export {
  prometheus,
  PrometheusSource,
  DEFAULT_QUERIES,
  MANAGED_PROMETHEUS_SCOPE,
  bucketQuantile,
} from './prometheus.ts'
