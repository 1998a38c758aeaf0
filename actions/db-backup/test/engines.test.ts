import { test } from '@jest/globals'
import assert from 'node:assert/strict'
import { redact } from '@deploy-actions/core'
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

test('an Npgsql connection string is a postgres connection, keywords case- and space-insensitive', () => {
  const { engine, conn } = parseDatabaseUrl(
    'Host=lankaconnect-db.postgres.database.azure.com;Port=6432;Database=LankaConnectDB;Username=lanka@corp;Password=Np9;SSL Mode=Require;Trust Server Certificate=true;Pooling=true',
  )
  assert.equal(engine, 'postgres')
  assert.deepEqual(conn, {
    host: 'lankaconnect-db.postgres.database.azure.com',
    port: 6432,
    user: 'lanka@corp',
    password: 'Np9',
    database: 'LankaConnectDB',
    params: { sslmode: 'require' },
  })
})

test('an unquoted ; in a password is refused without echoing the rest of the password', () => {
  assert.throws(
    () => parseDatabaseUrl('Host=db;Database=app;Password=Np9;s3cr3t-tail;SSL Mode=Require'),
    (err: Error) => {
      assert.match(err.message, /has text without =value \(after Password\)/)
      assert.ok(!err.message.includes('s3cr3t'), err.message)
      return true
    },
  )
  assert.throws(
    () => parseDatabaseUrl('Host=db;Password=ab;cd=ef'),
    (err: Error) =>
      !err.message.includes('cd') && /keyword Npgsql does not know \(keyword 3, after Password\)/.test(err.message),
  )
})

test('Npgsql connection strings: the password with a quoted ; and the usual aliases', () => {
  const { engine, conn } = parseDatabaseUrl(
    'Server=db.example.com:6543; Initial Catalog=shop; User ID=app; Pwd="p;a""ss w0rd"; sslmode=verify-full; Timeout=15;',
  )
  assert.equal(engine, 'postgres')
  assert.deepEqual(conn, {
    host: 'db.example.com',
    port: 6543,
    user: 'app',
    password: 'p;a"ss w0rd',
    database: 'shop',
    params: { sslmode: 'verify-full', connect_timeout: '15' },
  })
  assert.equal(parseDatabaseUrl("host=h;db=d;uid=u;psw='x''y';SslMode=Prefer").conn.password, "x'y")
  assert.equal(parseDatabaseUrl('HOST=h;DATABASE=d;USER NAME=u').conn.user, 'u')
})

test('an Npgsql password is masked as it is parsed, and no refusal carries it', () => {
  const password = 'Zq7-never-logged'
  parseDatabaseUrl(`Host=db;Database=app;Username=app;Password=${password};SSL Mode=Require`)
  assert.equal(redact(`connecting with ${password}`), 'connecting with ***')
  const refusals: Array<[string, RegExp]> = [
    [
      `Host=db;Database=app;Password=${password};Colour=blue`,
      /a keyword Npgsql does not know \(keyword 4, after Password\)/,
    ],
    [`Host=db;Password=${password};SSL Mode=Sometimes`, /SSL Mode that is not Disable, Allow, Prefer, Require/],
    [`Host=db;Port=70000;Password=${password}`, /Port that is not a number from 1 to 65535/],
    [`Database=app;Password=${password}`, /names no Host/],
    [`Host=db1,db2;Password=${password}`, /several hosts/],
    [`Host=db;Password="${password}`, /unterminated double quote \(after Password\)/],
    [`Host=db;Password=${password};Database`, /text without =value \(after Password\)/],
  ]
  for (const [raw, expected] of refusals) {
    assert.throws(
      () => parseDatabaseUrl(raw),
      (err: Error) => {
        assert.match(err.message, expected)
        assert.ok(!err.message.includes(password), err.message)
        assert.ok(!err.message.includes(password.slice(0, 6)), err.message)
        return true
      },
    )
  }
})
