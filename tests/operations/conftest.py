# The local S3 server (moto in server mode) of the object storage tests, for the bucket backup test.
from tests.turnbackcrime.test_s3_media import s3_server  # noqa: F401
