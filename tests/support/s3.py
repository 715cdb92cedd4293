"""A local S3 server (moto in server mode) on a free loopback port, and a public-read bucket on it."""

import json
import logging

from .smtp import free_port


def start_moto():
    """The started server and its endpoint URL; `server.stop()` when done."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # not a line per request
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    return server, f"http://127.0.0.1:{port}"


def public_read_bucket(client, bucket):
    """Create `bucket`, readable by anyone, as the README's bucket policy says: pages link to it."""
    client.create_bucket(Bucket=bucket)
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/*",
            }
        ],
    }
    client.put_bucket_policy(Bucket=bucket, Policy=json.dumps(policy))
