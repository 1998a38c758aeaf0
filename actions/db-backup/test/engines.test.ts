import { test } from '@jest/globals'
import assert from 'node:assert/strict'
import { parseDatabaseUrl } from '../src/engines.ts'

test('a postgres URL gives the engine, the connection and the decoded password', () => {
  const { engine, conn } = parseDatabaseUrl(
    'postgresql://app%40corp:p%40ss%2Fw0rd@db.example.com:6543/shop?sslmode=require',
  )
  assert.equal(engine, 'postgres')
  assert.deepEqual(conn, {
    host: 'db.example.com',
    port: 6543,
    user: 'app@corp',
    password: 'p@ss/w0rd',
    database: 'shop',
    params: { sslmode: 'require' },
  })
})

test('mysql and mariadb URLs are the mysql engine; defaults stay unset', () => {
  assert.equal(parseDatabaseUrl('mariadb://root@10.0.0.5/app').engine, 'mysql')
  const { conn } = parseDatabaseUrl('mysql://root@10.0.0.5/app')
  assert.equal(conn.port, undefined)
  assert.equal(conn.password, undefined)
})

test('other schemes and non-URLs are refused with the accepted form', () => {
  assert.throws(() => parseDatabaseUrl('redis://x@y/0'), /has the scheme redis: use postgres:\/\//)
  assert.throws(() => parseDatabaseUrl('shop database'), /is not a URL/)
})
