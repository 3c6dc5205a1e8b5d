"""dgkip.features.featurize shards each chunk over all local devices: 4 host devices must give the 1-device result."""
import os, subprocess, sys
from pathlib import Path

import numpy as np

SCRIPT = r'''
import sys, jax, numpy as np
from dgkip.features import make_featurizer, featurize
assert jax.local_device_count() == int(sys.argv[2]), jax.local_devices()
x = np.random.default_rng(0).uniform(size=(11, 8, 8, 1)).astype(np.float32)
out = {}
for arch, kw in (('fc', dict(n_nets=3, width=32, depth=2, out_dim=4)), ('conv', dict(n_nets=2, width=8, depth=2, out_dim=3))):
    feat = make_featurizer(arch, jax.random.key(0), (8, 8, 1), **kw)
    out[arch] = featurize(feat, x, chunk=6)  # 6 -> 8 rows per call on 4 devices: two calls, the last one padded
    out[arch + '_direct'] = np.asarray(feat.apply(feat.params, x))
    if jax.local_device_count() > 1:  # the chunk really is spread over the devices
        from dgkip.features import _sharded_apply
        fn, data, _ = _sharded_apply(feat.apply, tuple(jax.local_devices()))
        y = fn(feat.params, jax.device_put(np.zeros((8, 8, 8, 1), np.float32), data))
        assert len(y.sharding.device_set) == jax.local_device_count(), y.sharding
np.savez(sys.argv[1], **out)
'''


def run(tmp: Path, n_devices: int) -> dict:
    env = dict(os.environ, JAX_PLATFORMS='cpu')
    env['XLA_FLAGS'] = (env.get('XLA_FLAGS', '') + f' --xla_force_host_platform_device_count={n_devices}').strip()
    f = tmp / f'phi{n_devices}.npz'
    r = subprocess.run([sys.executable, '-c', SCRIPT, str(f), str(n_devices)], env=env, capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    return dict(np.load(f))


def test_four_host_devices_match_one(tmp_path):
    one, four = run(tmp_path, 1), run(tmp_path, 4)
    for arch in ('fc', 'conv'):
        assert one[arch].shape == four[arch].shape == (11, one[arch + '_direct'].shape[1])
        np.testing.assert_allclose(four[arch], one[arch], rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(one[arch], one[arch + '_direct'], rtol=1e-5, atol=1e-6)
        assert np.abs(one[arch]).max() > 0
