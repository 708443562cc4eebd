import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, readConfig } from '../../src/config';

const KEYS = {
  EMPLOYEE_TOKEN_KEYS: '{"keys":[]}',
  FACE_TOKEN_KEYS: '{"keys":[]}',
  CODE_HASH_KEY: 'k'.repeat(32),
};

describe('security configuration', () => {
  it('refuses to start in demo mode under NODE_ENV=production', () => {
    assert.throws(() => readConfig({ NODE_ENV: 'production' }), ConfigError);
    assert.equal(readConfig({ NODE_ENV: 'production', ...KEYS }).mode, 'production');
    assert.equal(readConfig({}).mode, 'demo');
  });

  it('needs all three production secrets together, and a long enough hash key', () => {
    assert.throws(() => readConfig({ EMPLOYEE_TOKEN_KEYS: KEYS.EMPLOYEE_TOKEN_KEYS }), ConfigError);
    assert.throws(() => readConfig({ ...KEYS, CODE_HASH_KEY: 'short' }), ConfigError);
  });

  it('reads the CORS allow-list as exact origins only', () => {
    const origins = 'https://a.example, https://b.example:8443';
    assert.deepEqual(readConfig({ CORS_ORIGINS: origins }).corsOrigins, [
      'https://a.example',
      'https://b.example:8443',
    ]);
    assert.deepEqual(readConfig({}).corsOrigins, []);
    for (const bad of ['*', 'https://a.example/', 'a.example', 'https://a.example/path']) {
      assert.throws(() => readConfig({ CORS_ORIGINS: bad }), ConfigError, bad);
    }
  });

  it('keeps form snapshots 90 days unless told otherwise, within bounds', () => {
    assert.equal(readConfig({}).snapshotRetentionDays, 90);
    assert.equal(readConfig({ SNAPSHOT_RETENTION_DAYS: '30' }).snapshotRetentionDays, 30);
    assert.throws(() => readConfig({ SNAPSHOT_RETENTION_DAYS: '0' }), ConfigError);
  });
});
